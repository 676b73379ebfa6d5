package vn.cchc.reporting;

import java.time.LocalDate;

/**
 * One period of a plan year: its data cut-off, the day the agencies' report tasks open (the day after the cut-off),
 * the agencies' deadline to SNV and the province's deadline to the Ministry of Home Affairs.
 */
public record ReportingWindow(ReportPeriod period, int year, LocalDate cutOffFrom, LocalDate cutOffTo, LocalDate opensOn,
                              LocalDate agencyDue, LocalDate provinceDue) {

    /** Readable code used in business keys: {@code Q1-2024}, {@code YEAR-2024}. */
    public String code() {
        return period.name() + "-" + year;
    }

    /** "Quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024". */
    public String title() {
        return period.of(year);
    }
}
