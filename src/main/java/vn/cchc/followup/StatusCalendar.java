package vn.cchc.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cchc.plan.AssignmentStatusRule;
import vn.cchc.shared.DueDates;

/**
 * What the status rule needs of the follow-up: "due soon" starts at the first reminder of the schedule (working
 * days, config/notify.yml), and the current reporting period ends on the next checkpoint day (config/reporting.yml).
 * Lives here so that {@code plan} states the rule without depending on the follow-up.
 */
@Component
class StatusCalendar implements AssignmentStatusRule.Calendar {

    private final AlertSchedule schedule;
    private final CheckpointDates checkpoints;

    StatusCalendar(AlertSchedule schedule, CheckpointDates checkpoints) {
        this.schedule = schedule;
        this.checkpoints = checkpoints;
    }

    @Override
    public Instant dueSoonFrom(LocalDate date) {
        return schedule.fixedAlerts(date).stream().filter(a -> a.kind() == AlertKind.REMINDER).map(Alert::at)
                .findFirst().orElseGet(() -> date.atTime(schedule.policy().alertTime()).atZone(DueDates.ZONE)
                        .toInstant());
    }

    @Override
    public java.util.List<LocalDate> checkpointDays(int planYear) {
        return checkpoints.of(planYear).stream().map(Checkpoint::due).toList();
    }

    @Override
    public LocalDate reportingDay(LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (Checkpoint c : checkpoints.of(year)) {
                if (!c.due().isBefore(today)) {
                    return c.due();
                }
            }
        }
        return LocalDate.of(today.getYear() + 1, 12, 31);
    }
}
