package vn.cchc.followup;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.plan.Checkpoints;

/**
 * The checkpoint an ongoing or recurring assignment is followed up on: its rows for the plan year are created on
 * first use (one per reporting period, {@link CheckpointDates}), and the earliest period not recorded yet is watched
 * like a due date (same reminders, overdue notice and ladder).
 */
@Component
class CheckpointFollowUp {

    private final CheckpointDates dates;
    private final Checkpoints checkpoints;

    CheckpointFollowUp(CheckpointDates dates, Checkpoints checkpoints) {
        this.dates = dates;
        this.checkpoints = checkpoints;
    }

    Optional<Checkpoints.Row> watched(String assignmentId, int planYear) {
        if (checkpoints.of(assignmentId).isEmpty()) {
            for (Checkpoint c : dates.of(planYear)) {
                checkpoints.ensure(assignmentId, c.period(), c.label(), c.due());
            }
        }
        return checkpoints.firstOpen(assignmentId);
    }

    boolean recorded(String assignmentId, String period) {
        return checkpoints.of(assignmentId).stream().anyMatch(r -> r.period().equals(period) && r.recorded());
    }
}
