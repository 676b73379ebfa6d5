package vn.cchc.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.AssignmentStatus;

/** One assignment (plan item × agency) with what the reports need of its item. */
public record WorkItem(String planId, int itemNo, String agencyId, String area, String task, DeadlineKind kind,
                       LocalDate dueDate, AssignmentStatus status, LocalDateTime completedAt) {

    /**
     * Its status at the end of {@code day}: done (on time or late, as SNV's acceptance recorded it) if accepted by
     * then; overdue if its due date has passed without that; otherwise in progress (including items without a due
     * date, recurring and ongoing items, and items waiting for an event).
     */
    public WorkStatus statusOn(LocalDate day) {
        if (completedAt != null && !completedAt.toLocalDate().isAfter(day)) {
            return status == AssignmentStatus.DONE_LATE ? WorkStatus.LATE : WorkStatus.ON_TIME;
        }
        if (dueDate != null && !dueDate.isAfter(day)) {
            return WorkStatus.OVERDUE;
        }
        return WorkStatus.IN_PROGRESS;
    }

    /** Recurring and ongoing items get a progress section in every periodic report. */
    public boolean periodic() {
        return kind == DeadlineKind.RECURRING || kind == DeadlineKind.ONGOING;
    }

    public boolean done() {
        return status == AssignmentStatus.DONE_ON_TIME || status == AssignmentStatus.DONE_LATE;
    }
}
