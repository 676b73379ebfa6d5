package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    static final Path CONFIG = Path.of("config", "calendar");

    private final WorkingCalendar calendar = WorkingCalendar.load(CONFIG);

    @ParameterizedTest(name = "{0} is a day off")
    @CsvSource({
            "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-14", "2024-04-18", "2024-04-29",
            "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
            "2025-01-01", "2025-01-27", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02",
            "2025-09-01", "2025-09-02",
            "2026-01-01", "2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31",
            "2026-09-01", "2026-09-02"})
    void officialAndComputedDaysOff(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({"2024-02-15", "2024-05-02", "2024-05-04", "2024-09-04", "2025-02-03", "2025-04-26",
            "2025-09-03", "2026-02-23",
            "2026-08-22", "2026-09-03"})
    void workingDaysIncludingMakeUpSaturdays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @Test
    void holidayOnASundayGivesTheNextWorkingDayOff() {
        WorkingCalendar defaults = WorkingCalendar.computedDefaults();
        assertThat(defaults.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
        assertThat(defaults.isWorkingDay(LocalDate.of(2023, 1, 3))).isTrue();
    }

    @Test
    void computedTetIsTheLastDayOfTheOldYearAndFourNewDaysWithCompensation() {
        WorkingCalendar defaults = WorkingCalendar.computedDefaults();
        // 2024: Tết 10/2 (Saturday); 9/2..13/2 are Tết, 10 and 11 fall on the weekend -> 14 and 15 off
        assertThat(defaults.isWorkingDay(LocalDate.of(2024, 2, 8))).isTrue();
        assertThat(defaults.isWorkingDay(LocalDate.of(2024, 2, 9))).isFalse();
        assertThat(defaults.isWorkingDay(LocalDate.of(2024, 2, 15))).isFalse();
        assertThat(defaults.isWorkingDay(LocalDate.of(2024, 2, 16))).isTrue();
    }

    @Test
    void effectiveDueMovesToTheNextWorkingDayUnlessDisabled() {
        assertThat(calendar.effectiveDue(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(calendar.effectiveDue(LocalDate.of(2024, 2, 10))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(calendar.effectiveDue(LocalDate.of(2024, 4, 27))).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(calendar.effectiveDue(LocalDate.of(2024, 6, 28))).isEqualTo(LocalDate.of(2024, 6, 28));
        WorkingCalendar noShift = WorkingCalendar.load(CONFIG, false);
        assertThat(noShift.effectiveDue(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void lastWorkingDayOnOrBefore() {
        assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2024, 2, 14))).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2024, 5, 4))).isEqualTo(LocalDate.of(2024, 5, 4));
    }

    @Test
    void workingDayArithmeticAcrossTet2025() {
        LocalDate friday = LocalDate.of(2025, 1, 24);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 2, 3), -1)).isEqualTo(friday);
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2025, 2, 3))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 3), friday)).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
    }

    @Test
    void listsAYearWithItsSources() {
        CalendarYear y2024 = calendar.year(2024);
        assertThat(y2024.hasOfficialAnnouncement()).isTrue();
        assertThat(y2024.notableDays()).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 4));
            assertThat(d.type()).isEqualTo(CalendarDay.Type.MAKE_UP_WORKING_DAY);
            assertThat(d.source()).contains("2450/VPCP-KGVX");
        });
        assertThat(y2024.notableDays()).allSatisfy(d -> assertThat(d.source()).isNotBlank());
        CalendarYear y2027 = calendar.year(2027);
        assertThat(y2027.hasOfficialAnnouncement()).isFalse();
        assertThat(y2027.notableDays()).allSatisfy(d -> assertThat(d.official()).isFalse());
    }

    @Test
    void missingFolderMeansComputedDefaults(@TempDir Path dir) {
        WorkingCalendar empty = WorkingCalendar.load(dir.resolve("none"));
        assertThat(empty.year(2024).hasOfficialAnnouncement()).isFalse();
        assertThat(empty.isWorkingDay(LocalDate.of(2024, 5, 4))).isFalse();
    }

    @Test
    void tetIsOfficialOnlyWhenAYearsFileReplacesIt(@TempDir Path dir) throws IOException {
        assertThat(calendar.year(2026).hasOfficialTet()).isTrue();
        // a swap announced for 30/4 leaves Tết computed
        Files.writeString(dir.resolve("2027.yml"),
                "year: 2027\ndaysOff:\n  - {date: 2027-04-29, name: x, source: y}\n");
        CalendarYear swapOnly = WorkingCalendar.load(dir).year(2027);
        assertThat(swapOnly.hasOfficialAnnouncement()).isTrue();
        assertThat(swapOnly.hasOfficialTet()).isFalse();
    }

    @Test
    void rejectsAnEntryWithoutSource(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2024.yml"), "year: 2024\ndaysOff:\n  - {date: 2024-02-08, name: x}\n");
        assertThatThrownBy(() -> WorkingCalendar.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    @Test
    void rejectsAFileWhoseYearDoesNotMatchItsName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2024.yml"), "year: 2025\n");
        assertThatThrownBy(() -> WorkingCalendar.load(dir)).isInstanceOf(IllegalArgumentException.class);
    }
}
