package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Period titles as officials write them in report headings, mails and the documents page. */
class ReportPeriodTest {

    @Test
    void periodsOfAYearReadAsInOfficialReports() {
        assertThat(ReportPeriod.Q1.of(2024)).isEqualTo("Quý I năm 2024");
        assertThat(ReportPeriod.H1.of(2024)).isEqualTo("6 tháng đầu năm 2024");
        assertThat(ReportPeriod.Q3.of(2024)).isEqualTo("Quý III năm 2024");
        assertThat(ReportPeriod.YEAR.of(2024)).isEqualTo("năm 2024");
        assertThat(new ReportingWindow(ReportPeriod.H1, 2024, null, null, null, null, null).title())
                .isEqualTo("6 tháng đầu năm 2024");
    }
}
