package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.deadline.WorkingCalendar;

/** Data cut-offs of Decree 09/2019/NĐ-CP and the submission deadlines per level, on the official calendar. */
class ReportingCalendarTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.load(Path.of("config/calendar"));

    private static ReportingCalendar calendar(Integer leadDays, List<ReportPeriod> periods) {
        return new ReportingCalendar(CALENDAR, new ReportingProperties(periods, null, leadDays, null, null, null));
    }

    @Test
    void defaultPeriodsOf2024WithTheirCutOffsAndDeadlines() {
        List<ReportingWindow> windows = calendar(null, null).windows(2024);
        assertThat(windows).extracting(ReportingWindow::code)
                .containsExactly("Q1-2024", "H1-2024", "Q3-2024", "YEAR-2024");

        ReportingWindow q1 = windows.get(0);
        assertThat(q1.cutOffFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(q1.cutOffTo()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(q1.opensOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(q1.provinceDue()).isEqualTo(LocalDate.of(2024, 3, 20));   // Wednesday
        assertThat(q1.agencyDue()).isEqualTo(LocalDate.of(2024, 3, 15));     // three working days before: Friday

        ReportingWindow h1 = windows.get(1);
        assertThat(h1.cutOffFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(h1.cutOffTo()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(h1.agencyDue()).isEqualTo(LocalDate.of(2024, 6, 17));     // Thu 20/6 minus 3 working days: Mon

        ReportingWindow q3 = windows.get(2);
        assertThat(q3.cutOffFrom()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(q3.cutOffTo()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(q3.agencyDue()).isEqualTo(LocalDate.of(2024, 9, 17));

        ReportingWindow year = windows.get(3);
        assertThat(year.cutOffFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(year.cutOffTo()).isEqualTo(LocalDate.of(2024, 12, 14));
        assertThat(year.provinceDue()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(year.title()).isEqualTo("năm 2024");
        assertThat(q1.title()).isEqualTo("Quý I năm 2024");
    }

    @Test
    void provinceDeadlineOnASaturdayMovesToMondayAndAgenciesCountBackFromIt() {
        ReportingWindow q3 = calendar(null, List.of(ReportPeriod.Q3)).window(ReportPeriod.Q3, 2025);
        assertThat(q3.provinceDue()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(q3.agencyDue()).isEqualTo(LocalDate.of(2025, 9, 17));
    }

    @Test
    void agenciesAreNeverDueBeforeTheirReportOpens() {
        // 5 working days before Wed 20/3/2024 would be Wed 13/3, inside the cut-off that ends on 14/3
        ReportingWindow q1 = calendar(5, null).window(ReportPeriod.Q1, 2024);
        assertThat(q1.agencyDue()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void secondAndFourthQuarterFollowTheSameRule() {
        ReportingCalendar all = calendar(null, List.of(ReportPeriod.Q2, ReportPeriod.Q4));
        assertThat(all.windows(2024)).extracting(ReportingWindow::cutOffFrom, ReportingWindow::cutOffTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 14)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 12, 14)));
    }

    @Test
    void provinceDayBeforeTheCutOffIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new ReportingProperties(null, 10, null, null, null, null))
                .hasMessageContaining("province-due-day");
    }
}
