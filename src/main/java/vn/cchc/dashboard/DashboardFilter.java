package vn.cchc.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.cchc.agency.AgencyClass;

/**
 * What the leader chose to look at: a plan, a period of its year (assignments due in it), an area of the plan and a
 * class of agencies. Blank or unknown choices mean "all".
 *
 * @param period {@code Q1}…{@code Q4}, {@code H1}, {@code H2}, or blank for the whole year
 */
public record DashboardFilter(String planId, String period, Area area, AgencyClass agencyClass) {

    public static DashboardFilter of(String planId, String period, String area, String agencyClass) {
        String p = period == null ? "" : period.trim().toUpperCase(java.util.Locale.ROOT);
        if (!p.matches("Q[1-4]|H[12]")) {
            p = "";
        }
        AgencyClass cls = null;
        for (AgencyClass c : AgencyClass.values()) {
            if (c.code().equals(agencyClass)) {
                cls = c;
            }
        }
        return new DashboardFilter(planId == null || planId.isBlank() ? null : planId.trim(), p, Area.ofCode(area),
                cls);
    }

    public DashboardFilter withPlan(String id) {
        return new DashboardFilter(id, period, area, agencyClass);
    }

    /** First day of the period in {@code year}, or null for the whole year (items without a date included). */
    public LocalDate from(int year) {
        return switch (period) {
            case "Q1", "H1" -> LocalDate.of(year, 1, 1);
            case "Q2" -> LocalDate.of(year, 4, 1);
            case "Q3", "H2" -> LocalDate.of(year, 7, 1);
            case "Q4" -> LocalDate.of(year, 10, 1);
            default -> null;
        };
    }

    public LocalDate to(int year) {
        return switch (period) {
            case "Q1" -> YearMonth.of(year, 3).atEndOfMonth();
            case "Q2", "H1" -> YearMonth.of(year, 6).atEndOfMonth();
            case "Q3" -> YearMonth.of(year, 9).atEndOfMonth();
            case "Q4", "H2" -> YearMonth.of(year, 12).atEndOfMonth();
            default -> null;
        };
    }

    public String areaCode() {
        return area == null ? "" : area.code();
    }

    public String agencyClassCode() {
        return agencyClass == null ? "" : agencyClass.code();
    }
}
