package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.DueDates;

/**
 * The table of cases of the status rule (docs/deadlines.md, "Statuses"): each of the eight statuses and the day on
 * each side of every boundary. The calendar is a stand-in with round numbers: due soon from 08:00 ten days before
 * the watched day; reporting days 15/03, 17/06, 17/09, 17/12/2024.
 */
class AssignmentStatusRuleTest {

    static final AssignmentStatusRule.Calendar CALENDAR = new AssignmentStatusRule.Calendar() {
        @Override
        public Instant dueSoonFrom(LocalDate date) {
            return date.minusDays(10).atTime(8, 0).atZone(DueDates.ZONE).toInstant();
        }

        @Override
        public LocalDate reportingDay(LocalDate today) {
            return List.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 17), LocalDate.of(2024, 9, 17),
                    LocalDate.of(2024, 12, 17)).stream().filter(d -> !d.isBefore(today)).findFirst()
                    .orElse(LocalDate.of(2025, 3, 14));
        }
    };

    /**
     * @param kind        deadline kind of the item
     * @param due         due date, blank for none
     * @param checkpoints checkpoint days, {@code day@recordedDay} when recorded (at 10:00), separated by spaces
     * @param done        {@code day} (on time) or {@code day!} (late) of SNV's acceptance at 10:00, blank if open
     * @param now         the moment, Vietnam time
     */
    @ParameterizedTest(name = "{0} due={1} checkpoints=[{2}] done={3} at {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # dated, open: not due → in progress → due soon → overdue
            FIXED     | 2024-07-20 |                                   |             | 2024-04-01T10:00 | NOT_DUE
            FIXED     | 2024-06-17 |                                   |             | 2024-04-01T10:00 | IN_PROGRESS
            FIXED     | 2024-06-18 |                                   |             | 2024-04-01T10:00 | NOT_DUE
            FIXED     | 2024-06-17 |                                   |             | 2024-06-07T07:59 | IN_PROGRESS
            FIXED     | 2024-06-17 |                                   |             | 2024-06-07T08:00 | DUE_SOON
            FIXED     | 2024-07-20 |                                   |             | 2024-07-10T08:00 | DUE_SOON
            FIXED     | 2024-06-17 |                                   |             | 2024-06-17T23:59 | DUE_SOON
            FIXED     | 2024-06-17 |                                   |             | 2024-06-18T00:00 | OVERDUE
            FIXED     | 2024-06-17 |                                   |             | 2024-12-31T10:00 | OVERDUE
            # after the year's last reporting day, the first of next year bounds the period
            FIXED     | 2025-03-14 |                                   |             | 2024-12-20T10:00 | IN_PROGRESS
            FIXED     | 2025-03-15 |                                   |             | 2024-12-20T10:00 | NOT_DUE
            # done: as SNV's acceptance recorded it, from the moment of acceptance
            FIXED     | 2024-06-17 |                                   | 2024-06-10  | 2024-06-10T10:00 | DONE_ON_TIME
            FIXED     | 2024-06-17 |                                   | 2024-06-10  | 2024-06-10T09:59 | DUE_SOON
            FIXED     | 2024-06-17 |                                   | 2024-06-20! | 2024-06-20T10:00 | DONE_LATE
            FIXED     | 2024-06-17 |                                   | 2024-06-20! | 2024-06-19T10:00 | OVERDUE
            ONGOING   |            | 2024-03-15 2024-06-17             | 2024-05-02  | 2024-05-02T11:00 | DONE_ON_TIME
            # no date
            EVENT     |            |                                   |             | 2024-04-01T10:00 | WAITING_EVENT
            EVENT     | 2024-06-17 |                                   |             | 2024-04-01T10:00 | IN_PROGRESS
            PER_REGULATION |       |                                   |             | 2024-04-01T10:00 | NO_DUE_DATE
            UNKNOWN   |            |                                   |             | 2024-04-01T10:00 | NO_DUE_DATE
            ONGOING   |            |                                   |             | 2024-04-01T10:00 | NO_DUE_DATE
            # ongoing and recurring: the earliest checkpoint not recorded is watched
            ONGOING   |            | 2024-03-15 2024-06-17             |             | 2024-03-01T10:00 | IN_PROGRESS
            ONGOING   |            | 2024-03-15 2024-06-17             |             | 2024-03-05T08:00 | DUE_SOON
            ONGOING   |            | 2024-03-15 2024-06-17             |             | 2024-03-16T00:00 | OVERDUE
            RECURRING |            | 2024-03-15@2024-03-20 2024-06-17  |             | 2024-03-19T10:00 | OVERDUE
            RECURRING |            | 2024-03-15@2024-03-20 2024-06-17  |             | 2024-03-20T10:00 | IN_PROGRESS
            RECURRING |            | 2024-03-15@2024-03-10 2024-06-17  |             | 2024-03-12T10:00 | NOT_DUE
            RECURRING |            | 2024-03-15@2024-03-10 2024-06-17  |             | 2024-06-07T08:00 | DUE_SOON
            RECURRING |            | 2024-06-17 2024-03-15             |             | 2024-04-01T10:00 | OVERDUE
            RECURRING |            | 2024-03-15@2024-03-10 2024-06-17@2024-06-01 |  | 2024-06-20T10:00 | IN_PROGRESS
            # a date SNV set wins over the checkpoints
            ONGOING   | 2024-09-30 | 2024-03-15 2024-06-17             |             | 2024-04-01T10:00 | NOT_DUE
            """)
    void statusOfTheFactsAtAMoment(DeadlineKind kind, LocalDate due, String checkpoints, String done,
                                   LocalDateTime now, AssignmentStatus expected) {
        AssignmentStatusRule.Facts facts = new AssignmentStatusRule.Facts(kind, due, checkpoints(checkpoints),
                completion(done));
        assertThat(AssignmentStatusRule.of(facts, now.atZone(DueDates.ZONE).toInstant(), CALENDAR))
                .isEqualTo(expected);
    }

    private static List<AssignmentStatusRule.Checkpoint> checkpoints(String text) {
        List<AssignmentStatusRule.Checkpoint> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        for (String c : text.trim().split("\\s+")) {
            String[] parts = c.split("@");
            list.add(new AssignmentStatusRule.Checkpoint(LocalDate.parse(parts[0]),
                    parts.length > 1 ? LocalDate.parse(parts[1]).atTime(10, 0) : null));
        }
        return list;
    }

    private static AssignmentStatusRule.Completion completion(String text) {
        if (text == null) {
            return null;
        }
        boolean late = text.endsWith("!");
        return new AssignmentStatusRule.Completion(LocalDate.parse(text.replace("!", "")).atTime(10, 0), late);
    }
}
