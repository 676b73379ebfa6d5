package vn.cchc.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The reporting periods of a plan year and the day each agency's report is due to SNV (Decree 09/2019/NĐ-CP,
 * {@code cchc.reporting.periods} in config/reporting.yml). Implemented by the reporting calendar: the follow-up
 * needs the periods but must not depend on the reporting feature, which depends on it.
 */
public interface ReportingPeriods {

    /** @param code    stable period code ({@code Q1}, {@code H1}, {@code YEAR})
     *  @param label   as officials write it ("Quý I năm 2024")
     *  @param due     the agencies' deadline to SNV for the period */
    record PeriodDue(String code, String label, LocalDate due) {
    }

    List<PeriodDue> periods(int year);
}
