package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.deadline.WorkingCalendar;

/** A stored alert code is rebuilt into the very alert the schedule's series holds (the timers depend on it). */
class AlertScheduleTest {

    private static final ReminderPolicy POLICY = new ReminderPolicy(List.of(10, 3, 1), List.of("officials"),
            List.of("officials"), List.of(new ReminderPolicy.Step(3, List.of("head"), "Thủ trưởng"),
            new ReminderPolicy.Step(10, List.of("group:snv-specialist"), "Sở Nội vụ")), 7, List.of("officials"),
            20, LocalTime.of(8, 0), java.util.Map.of());
    private final AlertSchedule schedule = new AlertSchedule(WorkingCalendar.load(Path.of("config", "calendar")),
            POLICY);

    @Test
    void everyAlertOfTheSeriesIsRebuiltFromItsCode() {
        for (LocalDate due = LocalDate.of(2024, 1, 1); due.isBefore(LocalDate.of(2026, 12, 31));
             due = due.plusDays(3)) {
            for (Alert alert : series(due, 20)) {
                assertThat(schedule.byCode(due, alert.code())).as("%s due %s", alert.code(), due)
                        .contains(alert);
            }
        }
    }

    @Test
    void aRepeatThatTetFoldsIntoThePreviousOneIsNotInTheSeries() {
        // due Saturday 18/01/2025: +7 and +14 days both fall in the Tết break (25/01-02/02/2025) → Monday 03/02
        LocalDate due = LocalDate.of(2025, 1, 18);
        assertThat(schedule.byCode(due, "REPEAT:7")).map(Alert::day).contains(LocalDate.of(2025, 2, 3));
        assertThat(schedule.byCode(due, "REPEAT:14")).isEmpty();
        assertThat(schedule.byCode(due, "REPEAT:21")).map(Alert::day).contains(LocalDate.of(2025, 2, 10));
        assertThat(series(due, 12)).extracting(Alert::code).doesNotContain("REPEAT:14")
                .contains("REPEAT:7", "REPEAT:21");
    }

    @Test
    void codesOutsideThePolicyGiveNothing() {
        LocalDate due = LocalDate.of(2024, 3, 29);
        assertThat(schedule.byCode(due, "REMINDER:-5")).isEmpty();
        assertThat(schedule.byCode(due, "ESCALATION:20")).isEmpty();
        assertThat(schedule.byCode(due, "REPEAT:10")).isEmpty();
        assertThat(schedule.byCode(due, "REPEAT:0")).isEmpty();
        assertThat(schedule.byCode(due, "REPEAT:x")).isEmpty();
        assertThat(schedule.byCode(due, "REPEAT:" + 7 * 521)).isEmpty();
    }

    /** The first {@code n} alerts in firing order, walked with {@link AlertSchedule#following}. */
    private List<Alert> series(LocalDate due, int n) {
        List<Alert> alerts = new ArrayList<>();
        Optional<Alert> next = schedule.firstAfter(due, Instant.EPOCH);
        while (next.isPresent() && alerts.size() < n) {
            alerts.add(next.get());
            next = schedule.following(due, next.get());
        }
        return alerts;
    }
}
