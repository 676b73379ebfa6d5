package vn.cchc.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.shared.DueDates;

/**
 * The one status rule ({@link vn.cchc.plan.AssignmentStatusRule}) as one SQL {@code CASE} expression over
 * {@code cchc_assignment a} joined with {@code cchc_plan_item i}, so the dashboard counts thousands of assignments in
 * the database. It is a translation, not a second rule: the watched date is the due date, else the earliest checkpoint
 * not recorded; the calendar's answers (the last watched date already "due soon" at this moment, the reporting day of
 * the running period) are computed once per request by the Java rule ({@link FollowUpSchedule}) and passed as
 * parameters. {@code DashboardStatusTest} compares it with the Java function on the same rows; change both together.
 *
 * @param now          the moment, Vietnam time
 * @param today        the day of {@code now} in Vietnam
 * @param lastDueSoon  assignments watched up to this day are due soon (or overdue)
 * @param reportingDay assignments watched after this day are not due yet
 */
public record StatusRule(LocalDateTime now, LocalDate today, LocalDate lastDueSoon, LocalDate reportingDay) {

    /** The watched date: the due date, else the earliest checkpoint not recorded at {@code :statusNow}. */
    public static final String WATCHED = "COALESCE(a.due_date, (SELECT MIN(c.due_date) FROM cchc_checkpoint c "
            + "WHERE c.assignment_id = a.id AND (c.recorded_at IS NULL OR c.recorded_at > :statusNow)))";

    /** The expression; its parameters are those of {@link #params()}. */
    public static final String SQL = """
            CASE WHEN a.status IN ('DONE_ON_TIME', 'DONE_LATE')
                      AND (a.completed_at IS NULL OR a.completed_at <= :statusNow) THEN a.status
                 WHEN %1$s IS NULL THEN
                      CASE WHEN i.deadline_kind = 'EVENT' THEN 'WAITING_EVENT'
                           WHEN EXISTS (SELECT 1 FROM cchc_checkpoint c WHERE c.assignment_id = a.id)
                                THEN 'IN_PROGRESS'
                           ELSE 'NO_DUE_DATE' END
                 WHEN %1$s < :today THEN 'OVERDUE'
                 WHEN %1$s <= :lastDueSoon THEN 'DUE_SOON'
                 WHEN %1$s > :reportingDay THEN 'NOT_DUE'
                 ELSE 'IN_PROGRESS' END""".formatted(WATCHED);

    public static StatusRule at(Instant now, FollowUpSchedule schedule) {
        LocalDate today = LocalDate.ofInstant(now, DueDates.ZONE);
        return new StatusRule(LocalDateTime.ofInstant(now, DueDates.ZONE), today, schedule.lastDueSoon(now, today),
                schedule.reportingDay(today));
    }

    public Map<String, Object> params() {
        return Map.of("statusNow", now, "today", today, "lastDueSoon", lastDueSoon, "reportingDay", reportingDay);
    }

    /** The statuses the dashboard groups as "open, on time" (not done, not overdue). */
    public static boolean openOnTime(AssignmentStatus status) {
        return status != AssignmentStatus.DONE_ON_TIME && status != AssignmentStatus.DONE_LATE
                && status != AssignmentStatus.OVERDUE;
    }
}
