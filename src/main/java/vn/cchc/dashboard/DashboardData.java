package vn.cchc.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the dashboard shows for one plan and filter, computed by {@link DashboardQueries}: the page, the
 * JSON the charts are drawn from and the XLSX download all read this one object.
 */
public record DashboardData(PlanRef plan, List<PlanRef> plans, LocalDate today, boolean provinceWide,
                            Totals totals, List<StatusCount> statuses, List<AgencyBar> agencies,
                            List<AreaBar> areas, List<MonthPoint> trend, List<OverdueBucket> overdueBuckets,
                            List<OverdueRow> overdue, List<WaitingRow> waiting, List<EscalationRow> escalations) {

    public record PlanRef(String id, int year, String title, String status) {
    }

    /** @param onTimeRate done on time among done, in percent (one decimal), null when nothing is done yet */
    public record Totals(long assignments, long doneOnTime, long doneLate, long openOnTime, long overdue,
                         Double onTimeRate) {

        public long done() {
            return doneOnTime + doneLate;
        }
    }

    /** @param share percent of all assignments shown, one decimal */
    public record StatusCount(String status, String label, long count, double share) {
    }

    public record AgencyBar(String agencyId, String name, long doneOnTime, long doneLate, long openOnTime,
                            long overdue) {

        public long total() {
            return doneOnTime + doneLate + openOnTime + overdue;
        }
    }

    public record AreaBar(String area, String label, long doneOnTime, long doneLate, long openOnTime, long overdue) {
    }

    /** Assignments due in the month, and done (accepted) in it, on time or late. */
    public record MonthPoint(int month, long due, long done, long doneOnTime) {
    }

    /** Overdue assignments by how long they are overdue (days since the due date). */
    public record OverdueBucket(String label, long count) {
    }

    public record OverdueRow(String assignmentId, int itemNo, String task, String agencyId, String agencyName,
                             LocalDate dueDate, long daysOverdue) {
    }

    /** An item waiting for an event or for SNV's date, with how many of its assignments wait. */
    public record WaitingRow(int itemNo, String task, String deadlineText, String status, String statusLabel,
                             long assignments) {
    }

    public record EscalationRow(String agencyId, String agencyName, String recipient, String subject,
                                LocalDateTime createdAt, String status) {
    }
}
