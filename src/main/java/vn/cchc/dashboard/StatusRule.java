package vn.cchc.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.DueDates;

/**
 * The status of an assignment at a moment, as one SQL {@code CASE} expression over {@code cchc_assignment a}: the
 * dashboard's only copy of the status rule, so every count it shows comes from the same place. It mirrors the
 * application's rule: SNV's acceptance decides done on time or late; an open assignment without a due date waits
 * for its event or for SNV's date; with one it is overdue once its due day has ended, due soon from its first
 * reminder (the follow-up schedule on the working calendar, turned into the last "due soon" date by
 * {@link FollowUpSchedule#lastDueSoon}), in progress before. The stored status is not trusted for open
 * assignments: a timer that has not fired yet would leave it behind the clock. {@code DashboardStatusTest} compares
 * it with the Java rule on the same rows.
 *
 * @param today       the day of {@code now} in Vietnam
 * @param lastDueSoon assignments due up to this day are due soon (or overdue)
 */
public record StatusRule(LocalDate today, LocalDate lastDueSoon) {

    /** The expression; its parameters are {@code :today} and {@code :lastDueSoon} ({@link #params()}). */
    public static final String SQL = """
            CASE WHEN a.status IN ('DONE_ON_TIME', 'DONE_LATE') THEN a.status
                 WHEN a.due_date IS NULL THEN
                      CASE WHEN a.status = 'WAITING_EVENT' THEN 'WAITING_EVENT' ELSE 'NO_DUE_DATE' END
                 WHEN a.due_date < :today THEN 'OVERDUE'
                 WHEN a.due_date <= :lastDueSoon THEN 'DUE_SOON'
                 ELSE 'IN_PROGRESS' END""";

    public static StatusRule at(Instant now, FollowUpSchedule schedule) {
        LocalDate today = LocalDate.ofInstant(now, DueDates.ZONE);
        return new StatusRule(today, schedule.lastDueSoon(now, today));
    }

    public Map<String, Object> params() {
        return Map.of("today", today, "lastDueSoon", lastDueSoon);
    }

    /** The statuses the dashboard groups as "open, on time" (not done, not overdue). */
    public static boolean openOnTime(AssignmentStatus status) {
        return status != AssignmentStatus.DONE_ON_TIME && status != AssignmentStatus.DONE_LATE
                && status != AssignmentStatus.OVERDUE;
    }
}
