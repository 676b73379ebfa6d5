package vn.cchc.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checkpoints of ongoing and recurring assignments (table {@code cchc_checkpoint}): one row per reporting period,
 * with what the agency recorded for it. Kept beside the assignments so the items page and the reports read them
 * without depending on the follow-up, which writes them.
 */
@Repository
public class Checkpoints {

    private final JdbcClient jdbc;

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param recordedAt null while the period is not recorded */
    public record Row(String assignmentId, String period, String label, LocalDate due, LocalDateTime recordedAt,
                      String recordedBy, String progress) {

        public boolean recorded() {
            return recordedAt != null;
        }
    }

    /** Creates the rows an assignment does not have yet (idempotent: a replanned task keeps its records). */
    public void ensure(String assignmentId, String period, String label, LocalDate due) {
        jdbc.sql("""
                        INSERT INTO cchc_checkpoint (assignment_id, period, label, due_date)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS
                          (SELECT 1 FROM cchc_checkpoint WHERE assignment_id = ? AND period = ?)""")
                .params(assignmentId, period, label, due, assignmentId, period).update();
    }

    public List<Row> of(String assignmentId) {
        return jdbc.sql("SELECT * FROM cchc_checkpoint WHERE assignment_id = ? ORDER BY due_date, period")
                .param(assignmentId).query(Checkpoints::row).list();
    }

    /** The earliest period not recorded yet: the one the follow-up watches. */
    public Optional<Row> firstOpen(String assignmentId) {
        return of(assignmentId).stream().filter(r -> !r.recorded()).findFirst();
    }

    /** Records the agency's progress for a period; a period already recorded keeps its first record. */
    public boolean record(String assignmentId, String period, String progress, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE cchc_checkpoint SET recorded_at = ?, recorded_by = ?, progress = ? "
                        + "WHERE assignment_id = ? AND period = ? AND recorded_at IS NULL")
                .params(Timestamp.valueOf(at), by, progress, assignmentId, period).update() == 1;
    }

    /** Every checkpoint of a plan, by assignment id (in date order), for the items page. */
    public Map<String, List<Row>> ofPlan(String planId) {
        Map<String, List<Row>> byAssignment = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.* FROM cchc_checkpoint c JOIN cchc_assignment a ON a.id = c.assignment_id
                        WHERE a.plan_id = ? ORDER BY c.assignment_id, c.due_date, c.period""")
                .param(planId).query(Checkpoints::row).list()
                .forEach(r -> byAssignment.computeIfAbsent(r.assignmentId(), k -> new java.util.ArrayList<>()).add(r));
        return byAssignment;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("recorded_at");
        return new Row(rs.getString("assignment_id"), rs.getString("period"), rs.getString("label"),
                rs.getObject("due_date", LocalDate.class), at == null ? null : at.toLocalDateTime(),
                rs.getString("recorded_by"), rs.getString("progress"));
    }
}
