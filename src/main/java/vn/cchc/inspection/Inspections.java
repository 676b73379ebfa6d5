package vn.cchc.inspection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The year's inspection plan and each inspection's progress, in table {@code cchc_inspection}. */
@Repository
public class Inspections {

    public record Inspection(String id, int year, String agencyId, int visitMonth, LocalDate visitDate, String status) {
    }

    private final JdbcClient jdbc;

    Inspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Key of an agency's inspection: {@code KT-<year>:<agency>}. */
    static String id(int year, String agencyId) {
        return "KT-" + year + ":" + agencyId;
    }

    void plan(int year, List<InspectionPlanEntry> entries) {
        for (InspectionPlanEntry e : entries) {
            if (find(id(year, e.agencyId())).isEmpty()) {
                jdbc.sql("""
                                INSERT INTO cchc_inspection (id, plan_year, agency_id, visit_month, status)
                                VALUES (?, ?, ?, ?, 'PLANNED')""")
                        .params(id(year, e.agencyId()), year, e.agencyId(), e.month()).update();
            }
        }
    }

    public Optional<Inspection> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_inspection WHERE id = ?").param(id)
                .query((rs, n) -> new Inspection(rs.getString("id"), rs.getInt("plan_year"), rs.getString("agency_id"),
                        rs.getInt("visit_month"), rs.getObject("visit_date", LocalDate.class), rs.getString("status")))
                .optional();
    }

    public Inspection get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("inspection " + id + " is not planned"));
    }

    public List<String> agencies(int year) {
        return jdbc.sql("SELECT agency_id FROM cchc_inspection WHERE plan_year = ? ORDER BY visit_month, agency_id")
                .param(year).query(String.class).list();
    }

    void noticeSent(String id, LocalDate visitDate) {
        jdbc.sql("UPDATE cchc_inspection SET visit_date = ?, status = 'NOTIFIED' WHERE id = ?").params(visitDate, id)
                .update();
    }

    void concluded(String id, String conclusion, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_inspection SET conclusion = ?, concluded_at = ?, status = 'CONCLUDED' WHERE id = ?")
                .params(conclusion, Timestamp.valueOf(at), id).update();
    }

    void closed(String id) {
        jdbc.sql("UPDATE cchc_inspection SET status = 'CLOSED' WHERE id = ?").param(id).update();
    }
}
