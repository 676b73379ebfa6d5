package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.agency.AgencyClass;
import vn.cchc.inspection.FindingCounts;

/** What the province's report of one period says: submission of agency reports, tallies per area and per agency. */
public record ProvinceSummary(String province, String planTitle, ReportingWindow window, LocalDate compiledOn,
                              List<AreaRow> areas, List<AgencyRow> agencies, Tally total) {

    public record AreaRow(String area, Tally tally) {
    }

    /**
     * {@code report}: the agency's report for this period, or null when it has none (not in this plan's scope);
     * {@code agencyClass}: its class in the directory (the workbook's summary per class of agencies).
     */
    public record AgencyRow(String agencyId, String name, Tally tally, Report report, FindingCounts findings,
                            AgencyClass agencyClass) {

        public String reportState() {
            if (report == null || !report.submitted()) {
                return ReportLabels.get("report.missing");
            }
            return report.submittedOnTime() ? ReportLabels.get("report.onTime") : ReportLabels.get("report.late");
        }
    }

    public List<AgencyRow> submitted() {
        return agencies.stream().filter(a -> a.report() != null && a.report().submitted()).toList();
    }

    public List<AgencyRow> missing() {
        return agencies.stream().filter(a -> a.report() != null && !a.report().submitted()).toList();
    }

    public long submittedOnTime() {
        return submitted().stream().filter(a -> a.report().submittedOnTime()).count();
    }

    public List<AgencyRow> withFindings() {
        return agencies.stream().filter(a -> a.findings().total() > 0).toList();
    }
}
