package vn.cchc.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatusRule;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.shared.DueDates;

/**
 * One assignment (plan item × agency) with what the reports need of its item, and its facts for the status rule.
 *
 * @param status   the stored status (only its done / not done is read here)
 * @param facts    due date, checkpoints and completion, as {@link AssignmentStatusRule} reads them
 * @param statuses the status rule with the follow-up's calendar
 */
public record WorkItem(String planId, int itemNo, String agencyId, String area, String task, DeadlineKind kind,
                       LocalDate dueDate, AssignmentStatus status, LocalDateTime completedAt,
                       AssignmentStatusRule.Facts facts, AssignmentStatuses statuses) {

    /** Its status at the end of {@code day}, by the one status rule (a missed checkpoint is overdue too). */
    public AssignmentStatus statusAt(LocalDate day) {
        return statuses.of(facts, endOf(day));
    }

    /** The same, grouped as the periodic reports count it. */
    public WorkStatus statusOn(LocalDate day) {
        return WorkStatus.of(statusAt(day));
    }

    /** The date it is followed on at the end of {@code day}: its due date, else its earliest open checkpoint. */
    public Optional<LocalDate> watchedOn(LocalDate day) {
        return AssignmentStatusRule.watched(facts, endOf(day));
    }

    /** Recurring and ongoing items get a progress section in every periodic report. */
    public boolean periodic() {
        return kind == DeadlineKind.RECURRING || kind == DeadlineKind.ONGOING;
    }

    public boolean done() {
        return status == AssignmentStatus.DONE_ON_TIME || status == AssignmentStatus.DONE_LATE;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(DueDates.ZONE).toInstant();
    }
}
