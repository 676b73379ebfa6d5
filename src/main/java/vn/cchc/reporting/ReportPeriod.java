package vn.cchc.reporting;

import java.time.LocalDate;
import java.time.Month;
import vn.cchc.shared.Texts;

/**
 * A reporting period and its data cut-off as Decree 09/2019/NĐ-CP sets it: a quarter runs from the 15th of the
 * month before the quarter to the 14th of its last month; 6 months from 15/12 of the previous year to 14/6; the year
 * from 15/12 of the previous year to 14/12. The province reports by the 20th of the period's last month.
 */
public enum ReportPeriod {
    Q1(Month.DECEMBER, true, Month.MARCH),
    Q2(Month.MARCH, false, Month.JUNE),
    H1(Month.DECEMBER, true, Month.JUNE),
    Q3(Month.JUNE, false, Month.SEPTEMBER),
    Q4(Month.SEPTEMBER, false, Month.DECEMBER),
    YEAR(Month.DECEMBER, true, Month.DECEMBER);

    private final Month fromMonth;
    private final boolean fromPreviousYear;
    private final Month lastMonth;

    ReportPeriod(Month fromMonth, boolean fromPreviousYear, Month lastMonth) {
        this.fromMonth = fromMonth;
        this.fromPreviousYear = fromPreviousYear;
        this.lastMonth = lastMonth;
    }

    /** How officials name the period: "Quý I", "6 tháng đầu năm", "năm" ({@code reporting.period.*}). */
    public String label() {
        return Texts.get("reporting.period." + name());
    }

    /** The period of a year as officials write it: "Quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024". */
    public String of(int year) {
        return Texts.get("reporting.periodOfYear." + name(), year);
    }

    /** First day of the data cut-off. */
    public LocalDate cutOffFrom(int year) {
        return LocalDate.of(fromPreviousYear ? year - 1 : year, fromMonth, 15);
    }

    /** Last day of the data cut-off (inclusive). */
    public LocalDate cutOffTo(int year) {
        return LocalDate.of(year, lastMonth, 14);
    }

    /** The last month of the period: the province's report is due in it. */
    public Month lastMonth() {
        return lastMonth;
    }
}
