package vn.cchc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Texts;

/** Inspection findings, in table {@code cchc_finding}. */
@Repository
public class Findings {

    private final JdbcClient jdbc;

    Findings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Finding f) {
        jdbc.sql("""
                        INSERT INTO cchc_finding (id, inspection_id, finding_no, plan_year, agency_id, content, due_date,
                                                  status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.inspectionId(), f.findingNo(), f.year(), f.agencyId(), f.content(), f.dueDate(),
                        f.status().name(), Timestamp.valueOf(f.createdAt()))
                .update();
    }

    public Optional<Finding> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_finding WHERE id = ?").param(id).query(Findings::map).optional();
    }

    public Finding get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(Texts.get("inspection.finding.notFound", id)));
    }

    public List<Finding> ofInspection(String inspectionId) {
        return jdbc.sql("SELECT * FROM cchc_finding WHERE inspection_id = ? ORDER BY finding_no").param(inspectionId)
                .query(Findings::map).list();
    }

    public List<Finding> ofYear(int year) {
        return jdbc.sql("SELECT * FROM cchc_finding WHERE plan_year = ? ORDER BY agency_id, inspection_id, finding_no")
                .param(year).query(Findings::map).list();
    }

    void remedyReported(String id, String remedy, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_finding SET status = ?, remedy = ?, remedied_at = ? WHERE id = ?")
                .params(FindingStatus.REMEDY_REPORTED.name(), remedy, Timestamp.valueOf(at), id).update();
    }

    void reopened(String id) {
        jdbc.sql("UPDATE cchc_finding SET status = ? WHERE id = ?").params(FindingStatus.OPEN.name(), id).update();
    }

    void closed(String id, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_finding SET status = ?, closed_at = ? WHERE id = ?")
                .params(FindingStatus.CLOSED.name(), Timestamp.valueOf(at), id).update();
    }

    /** Per agency, the findings of the year's inspections raised by {@code day}, as they stood at its end. */
    public Map<String, FindingCounts> countsByAgency(int year, LocalDate day) {
        Map<String, FindingCounts> counts = new TreeMap<>();
        for (Finding f : ofYear(year)) {
            if (f.createdAt().toLocalDate().isAfter(day)) {
                continue;
            }
            FindingCounts c = counts.getOrDefault(f.agencyId(), FindingCounts.NONE);
            if (!f.closedBy(day)) {
                c = new FindingCounts(c.open() + 1, c.remediedOnTime(), c.remediedLate());
            } else if (f.remediedLate()) {
                c = new FindingCounts(c.open(), c.remediedOnTime(), c.remediedLate() + 1);
            } else {
                c = new FindingCounts(c.open(), c.remediedOnTime() + 1, c.remediedLate());
            }
            counts.put(f.agencyId(), c);
        }
        return counts;
    }

    private static Finding map(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getString("id"), rs.getString("inspection_id"), rs.getInt("finding_no"),
                rs.getInt("plan_year"), rs.getString("agency_id"), rs.getString("content"),
                rs.getObject("due_date", LocalDate.class), FindingStatus.valueOf(rs.getString("status")),
                time(rs.getTimestamp("created_at")), rs.getString("remedy"), time(rs.getTimestamp("remedied_at")),
                time(rs.getTimestamp("closed_at")));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
