package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.deadline.WorkingCalendar;

/** The demo plan's dates follow the day the demo starts: overdue, due soon, a reminder due at once. */
class DemoTimelineTest {

    private final WorkingCalendar calendar = WorkingCalendar.load(Path.of("config/calendar"));
    private final DemoTimeline timeline = DemoTimeline.load(Path.of("config/demo/sample-plan-dates.json"));

    @Test
    void datesAreRelativeToTheFirstDayOfTheDemo() throws Exception {
        // Saturday 05/12/2026: next working day Monday 07/12
        LocalDate today = LocalDate.of(2026, 12, 5);
        String items = timeline.apply(Files.readString(Path.of("config/demo/sample-plan.json")), today, calendar);
        JsonNode json = new ObjectMapper().readTree(items);

        assertThat(json.get(0).get("due").asText()).isEqualTo("Trước ngày 26/12/2026"); // +15 working days: 25/12
        assertThat(json.get(1).get("due").asText()).isEqualTo("Trước ngày 11/12/2026"); // 07/12 + 3 = Thu 10/12
        assertThat(json.get(2).get("due").asText()).isEqualTo("Trước ngày 26/11/2026"); // 8 working days ago: 25/11
        assertThat(json.get(3).get("due").asText()).isEqualTo("Thường xuyên");
        assertThat(json.get(5).get("due").asText()).isEqualTo("Theo quy định");
        assertThat(json.get(1).get("lead").asText()).as("only dates change").isEqualTo("Sở Tư pháp");
        assertThat(new DeadlineParser(2026).parse(json.get(1).get("due").asText()).dates())
                .containsExactly(LocalDate.of(2026, 12, 10));
    }

    @Test
    void theReminderItemsFirstReminderIsTheNextWorkingDay() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        LocalDate due = timeline.due(2, friday, calendar).orElseThrow();
        assertThat(calendar.plusWorkingDays(due, -DemoTimeline.REMINDER_NOW_DAYS_BEFORE_DUE))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(timeline.itemsMarked(DemoTimeline.REMINDER_NOW)).containsExactly(2);
        assertThat(timeline.itemsMarked(DemoTimeline.DONE)).containsExactly(1);
    }

    @Test
    void theDecisionIsWeeksOld() {
        assertThat(timeline.issued(LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2026, 12, 20));
    }
}
