package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties over many seeded random dates and offsets, 2020-2030, with the shipped configuration. */
class WorkingCalendarPropertiesTest {

    private final WorkingCalendar calendar = WorkingCalendar.load(Path.of("config", "calendar"));
    private final Random random = new Random(20240101L);

    private LocalDate randomDay() {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(11 * 365));
    }

    @Test
    void addingThenSubtractingLandsOnAWorkingDay() {
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = randomDay();
            int n = 1 + random.nextInt(60);
            LocalDate forward = calendar.plusWorkingDays(start, n);
            LocalDate back = calendar.plusWorkingDays(forward, -n);
            assertThat(calendar.isWorkingDay(forward)).as("%s + %d", start, n).isTrue();
            assertThat(calendar.isWorkingDay(back)).as("%s + %d - %d", start, n, n).isTrue();
            assertThat(back).isBeforeOrEqualTo(start);
            if (calendar.isWorkingDay(start)) {
                assertThat(back).as("round trip from working day %s", start).isEqualTo(start);
            }
        }
    }

    @Test
    void workingDaysBetweenInvertsPlusWorkingDays() {
        for (int i = 0; i < 1_000; i++) {
            LocalDate a = randomDay();
            LocalDate b = calendar.effectiveDue(randomDay());
            assertThat(calendar.plusWorkingDays(a, calendar.workingDaysBetween(a, b))).isEqualTo(b);
        }
    }

    @Test
    void noHolidayIsAWorkingDayAndMakeUpDaysAre() {
        for (int year = 2020; year <= 2030; year++) {
            for (CalendarDay day : calendar.year(year).notableDays()) {
                assertThat(calendar.isWorkingDay(day.date())).as("%s %s", day.date(), day.name())
                        .isEqualTo(!day.isDayOff());
            }
        }
    }

    @Test
    void effectiveDueIsAWorkingDayOnOrAfterTheDue() {
        for (int i = 0; i < 2_000; i++) {
            LocalDate due = randomDay();
            LocalDate effective = calendar.effectiveDue(due);
            assertThat(calendar.isWorkingDay(effective)).isTrue();
            assertThat(effective).isAfterOrEqualTo(due);
            assertThat(calendar.lastWorkingDayOnOrBefore(due)).isBeforeOrEqualTo(due);
        }
    }
}
