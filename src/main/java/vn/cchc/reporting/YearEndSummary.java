package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.agency.AgencyClass;
import vn.cchc.inspection.FindingCounts;

/**
 * A plan's completion statistics on one day: overall, per area, per agency (with the PAR Index inputs: reports sent
 * on time, inspection findings), and the carry-over list of unfinished items the next year's plan can import.
 */
public record YearEndSummary(String planId, LocalDate day, Tally total, List<Row> areas, List<AgencyRow> agencies,
                             List<CarryOver> carryOver) {

    public record Row(String name, Tally tally) {
    }

    public record AgencyRow(String agencyId, String name, Tally tally, int reportsDue, int reportsOnTime,
                            FindingCounts findings, AgencyClass agencyClass) {
    }

    /** An unfinished assignment; {@code status} is "Đang thực hiện" or "Quá hạn, chưa hoàn thành". */
    public record CarryOver(int itemNo, String area, String task, String agencyId, LocalDate dueDate, String status) {
    }
}
