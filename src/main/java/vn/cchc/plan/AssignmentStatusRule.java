package vn.cchc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.DueDates;

/**
 * The one rule that gives an assignment its status ({@link AssignmentStatus}, the eight statuses officials read) from
 * its facts at a moment: every page, report, e-mail and the dashboard's SQL ({@code dashboard.StatusRule.SQL}, tested
 * against this) get their status here, so they cannot disagree. Pure: the same facts, moment and calendar always give
 * the same status; what the follow-up's calendar knows (first reminder day, reporting day) comes in as a
 * {@link Calendar}, so {@code plan} does not depend on {@code followup}. The table of cases is in docs/deadlines.md
 * ("Statuses").
 * <ol>
 *   <li>accepted by SNV at or before {@code now}: done on time or done late, as the acceptance recorded it;</li>
 *   <li>the <em>watched date</em> is the due date, else (ongoing and recurring items) the earliest checkpoint not
 *       recorded at {@code now}; without one: waiting for its event (event kind), in progress (every checkpoint
 *       recorded, nothing owed until SNV closes the year), or no due date;</li>
 *   <li>overdue once the watched day has ended (a missed checkpoint too);</li>
 *   <li>due soon from its first reminder;</li>
 *   <li>not due yet when it falls after the current reporting period's day (the next checkpoint day of the reporting
 *       calendar): nothing of it is owed in the report now being prepared;</li>
 *   <li>otherwise in progress, on time.</li>
 * </ol>
 */
public final class AssignmentStatusRule {

    private AssignmentStatusRule() {
    }

    /** What the follow-up's calendar (reminder policy, working days, reporting periods) tells the rule. */
    public interface Calendar {

        /** The moment an assignment watched on {@code date} becomes "due soon": its first reminder. */
        Instant dueSoonFrom(LocalDate date);

        /** The day the reporting period running on {@code today} is reported: the first checkpoint day on or after it. */
        LocalDate reportingDay(LocalDate today);

        /** The checkpoint days of an ongoing or recurring assignment of {@code planYear}, one per reporting period. */
        default List<LocalDate> checkpointDays(int planYear) {
            return List.of();
        }
    }

    /** One checkpoint of an ongoing or recurring assignment: its day, and when it was recorded (null: not yet). */
    public record Checkpoint(LocalDate due, LocalDateTime recordedAt) {
    }

    /** SNV's acceptance: when (Vietnam time) and whether after the due date. */
    public record Completion(LocalDateTime at, boolean late) {
    }

    /**
     * Everything the status depends on.
     *
     * @param kind        the item's deadline kind (an event item without a date waits for its event)
     * @param due         the due date, null while there is none (a date SNV sets wins over checkpoints)
     * @param checkpoints the checkpoints of an ongoing or recurring assignment, any order; empty for other items
     * @param completion  null while not accepted
     */
    public record Facts(DeadlineKind kind, LocalDate due, List<Checkpoint> checkpoints, Completion completion) {

        public Facts {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }

        /** An open assignment followed on {@code date} (a due date or the checkpoint being watched). */
        public static Facts watching(LocalDate date) {
            return new Facts(DeadlineKind.FIXED, date, List.of(), null);
        }

        /**
         * The facts of a stored assignment; the stored status only says whether SNV's acceptance was late.
         *
         * @param completedAt null while not accepted
         */
        public static Facts of(DeadlineKind kind, LocalDate due, List<Checkpoint> checkpoints, AssignmentStatus stored,
                               LocalDateTime completedAt) {
            boolean done = stored == AssignmentStatus.DONE_ON_TIME || stored == AssignmentStatus.DONE_LATE;
            return new Facts(kind, due, checkpoints,
                    done ? new Completion(completedAt, stored == AssignmentStatus.DONE_LATE) : null);
        }
    }

    public static AssignmentStatus of(Facts facts, Instant now, Calendar calendar) {
        LocalDateTime local = LocalDateTime.ofInstant(now, DueDates.ZONE);
        Completion done = facts.completion();
        if (done != null && (done.at() == null || !done.at().isAfter(local))) {
            return done.late() ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE_ON_TIME;
        }
        Optional<LocalDate> watched = watched(facts, now);
        if (watched.isEmpty()) {
            if (facts.kind() == DeadlineKind.EVENT) {
                return AssignmentStatus.WAITING_EVENT;
            }
            return facts.checkpoints().isEmpty() ? AssignmentStatus.NO_DUE_DATE : AssignmentStatus.IN_PROGRESS;
        }
        LocalDate date = watched.get();
        if (now.isAfter(DueDates.endOfDay(date).toInstant())) {
            return AssignmentStatus.OVERDUE;
        }
        if (!now.isBefore(calendar.dueSoonFrom(date))) {
            return AssignmentStatus.DUE_SOON;
        }
        return date.isAfter(calendar.reportingDay(local.toLocalDate())) ? AssignmentStatus.NOT_DUE
                : AssignmentStatus.IN_PROGRESS;
    }

    /** The date the assignment is followed on at {@code now}: its due date, else its earliest open checkpoint. */
    public static Optional<LocalDate> watched(Facts facts, Instant now) {
        if (facts.due() != null) {
            return Optional.of(facts.due());
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, DueDates.ZONE);
        return facts.checkpoints().stream().filter(c -> c.recordedAt() == null || c.recordedAt().isAfter(local))
                .map(Checkpoint::due).min(Comparator.naturalOrder());
    }
}
