package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {

    private final WorkingCalendar calendar = WorkingCalendar.load(Path.of("config/calendar"));

    @Test
    void quarterlyRuleGivesOneCheckpointPerQuarterOnTheWorkingCalendar() {
        RecurrenceRule rule = new DeadlineParser(2024).parse("Chậm nhất ngày 18 tháng cuối mỗi quý").rule();

        assertThat(rule).isEqualTo(new RecurrenceRule(RecurrenceRule.Period.QUARTER, 18, RecurrenceRule.LAST));
        // 18/3/2024 Monday, 18/6 Tuesday, 18/9 Wednesday, 18/12 Wednesday: all working days
        assertThat(rule.datesIn(2024, calendar)).containsExactly(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 6, 18),
                LocalDate.of(2024, 9, 18), LocalDate.of(2024, 12, 18));
        assertThat(rule.datesIn(2025)).hasSize(4).allMatch(d -> d.getDayOfMonth() == 18 && d.getMonthValue() % 3 == 0);
    }

    @Test
    void aCheckpointOnADayOffMovesToTheNextWorkingDay() {
        RecurrenceRule monthly = new RecurrenceRule(RecurrenceRule.Period.MONTH, 15, RecurrenceRule.LAST);

        // 15/6/2024 is a Saturday → Monday 17/6; 15/9/2024 a Sunday → Monday 16/9
        assertThat(monthly.datesIn(2024, calendar)).hasSize(12)
                .contains(LocalDate.of(2024, 6, 17), LocalDate.of(2024, 9, 16))
                .doesNotContain(LocalDate.of(2024, 6, 15));
        assertThat(monthly.datesIn(2024)).contains(LocalDate.of(2024, 6, 15));
    }

    @Test
    void yearlyRuleAndTheLastDayOfAShortMonth() {
        assertThat(new RecurrenceRule(RecurrenceRule.Period.YEAR, 9, 12).datesIn(2024))
                .containsExactly(LocalDate.of(2024, 12, 9));
        assertThat(new RecurrenceRule(RecurrenceRule.Period.QUARTER, 31, 2).datesIn(2023))
                .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 5, 31), LocalDate.of(2023, 8, 31),
                        LocalDate.of(2023, 11, 30));
    }

    @Test
    void jsonShape() {
        assertThat(new RecurrenceRule(RecurrenceRule.Period.QUARTER, 18, RecurrenceRule.LAST).toJson())
                .isEqualTo(Map.of("period", "quarter", "day", 18, "month", "last"));
        assertThat(new RecurrenceRule(RecurrenceRule.Period.MONTH, 15, RecurrenceRule.LAST).toJson())
                .isEqualTo(Map.of("period", "month", "day", 15));
        assertThat(new RecurrenceRule(RecurrenceRule.Period.YEAR, 10, 12).toJson())
                .isEqualTo(Map.of("period", "year", "day", 10, "month", 12));
        assertThat(DeadlineJson.toMap(new DeadlineParser(2024).parse("Ngày 15 hằng tháng"), calendar))
                .containsEntry("kind", "recurring").containsEntry("recurring", true)
                .containsEntry("rule", Map.of("period", "month", "day", 15));
    }

    @Test
    void impossibleRulesAreRefused() {
        assertThatThrownBy(() -> new RecurrenceRule(RecurrenceRule.Period.QUARTER, 18, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecurrenceRule(RecurrenceRule.Period.MONTH, 32, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canChiYearsNearestThePlanYear() {
        assertThat(Holidays.canChiIndex("at", "ty")).isEqualTo(41); // Ất Tỵ (2025), not the impossible Ất Tý
        assertThat(Holidays.canChiIndex("giap", "ty")).isZero(); // Giáp Tý (1984)
        assertThat(Holidays.nearest(41, 2024)).isEqualTo(2025);
        assertThat(Holidays.nearest(41, 2060)).isEqualTo(2085); // 25 years away, 2025 is 35
        assertThat(Holidays.nearest(Holidays.canChiIndex("giap", "thin"), 2026)).isEqualTo(2024);
    }
}
