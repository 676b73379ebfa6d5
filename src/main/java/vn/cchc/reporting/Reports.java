package vn.cchc.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies' periodic reports, in tables {@code cchc_report} and {@code cchc_report_progress}. */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a report that waits for its cut-off; false when it already exists. */
    boolean insertIfAbsent(Report report) {
        if (find(report.id()).isPresent()) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO cchc_report (id, plan_id, period, period_year, agency_id, due_date, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(report.id(), report.planId(), report.period().name(), report.year(), report.agencyId(),
                        report.dueDate(), report.status().name())
                .update();
        return true;
    }

    public Optional<Report> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_report WHERE id = ?").param(id).query(Reports::map).optional();
    }

    public List<Report> ofPeriod(String planId, ReportPeriod period) {
        return jdbc.sql("SELECT * FROM cchc_report WHERE plan_id = ? AND period = ? ORDER BY agency_id")
                .params(planId, period.name()).query(Reports::map).list();
    }

    public List<Report> ofPlan(String planId) {
        return jdbc.sql("SELECT * FROM cchc_report WHERE plan_id = ? ORDER BY period_year, agency_id")
                .param(planId).query(Reports::map).list();
    }

    void open(String id, Tally tally) {
        jdbc.sql("""
                        UPDATE cchc_report SET status = ?, done_on_time = ?, done_late = ?, in_progress = ?,
                               overdue_items = ? WHERE id = ?""")
                .params(ReportStatus.OPEN.name(), tally.onTime(), tally.late(), tally.inProgress(), tally.overdue(), id)
                .update();
    }

    /** Marks a report overdue unless it was already sent or already marked; true when this call marked it. */
    boolean markOverdue(String id) {
        return jdbc.sql("UPDATE cchc_report SET overdue = TRUE WHERE id = ? AND overdue = FALSE AND first_sent_at IS NULL")
                .param(id).update() == 1;
    }

    void sent(String id, String summary, LocalDateTime at) {
        jdbc.sql("""
                        UPDATE cchc_report SET status = ?, summary = ?, first_sent_at = COALESCE(first_sent_at, ?)
                         WHERE id = ?""")
                .params(ReportStatus.SENT.name(), summary, Timestamp.valueOf(at), id).update();
    }

    void returned(String id) {
        jdbc.sql("UPDATE cchc_report SET status = ? WHERE id = ?").params(ReportStatus.RETURNED.name(), id).update();
    }

    void accepted(String id, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_report SET status = ?, accepted_at = ? WHERE id = ?")
                .params(ReportStatus.ACCEPTED.name(), Timestamp.valueOf(at), id).update();
    }

    /** Replaces the progress an agency wrote for its recurring and ongoing items. */
    void saveProgress(String id, Map<Integer, String> progress) {
        jdbc.sql("DELETE FROM cchc_report_progress WHERE report_id = ?").param(id).update();
        progress.forEach((itemNo, text) -> jdbc.sql(
                        "INSERT INTO cchc_report_progress (report_id, item_no, progress) VALUES (?, ?, ?)")
                .params(id, itemNo, text).update());
    }

    /** What the agency wrote as its report's narrative ("Kết quả thực hiện công tác CCHC trong kỳ"), or null. */
    public String summaryText(String id) {
        return jdbc.sql("SELECT summary FROM cchc_report WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    public Map<Integer, String> progress(String id) {
        Map<Integer, String> result = new java.util.TreeMap<>();
        jdbc.sql("SELECT item_no, progress FROM cchc_report_progress WHERE report_id = ?").param(id)
                .query(rs -> {
                    result.put(rs.getInt(1), rs.getString(2));
                });
        return result;
    }

    private static Report map(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getString("id"), rs.getString("plan_id"), ReportPeriod.valueOf(rs.getString("period")),
                rs.getInt("period_year"), rs.getString("agency_id"), rs.getObject("due_date", java.time.LocalDate.class),
                ReportStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
                time(rs.getTimestamp("first_sent_at")), time(rs.getTimestamp("accepted_at")));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
