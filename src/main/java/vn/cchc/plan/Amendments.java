package vn.cchc.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of amendments, in table {@code cchc_plan_amendment}; rows are only ever added. */
@Repository
public class Amendments {

    private final JdbcClient jdbc;

    Amendments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row; public for the dashboard's directives, which the item's history shows beside SNV's changes. */
    public void add(Amendment a) {
        jdbc.sql("""
                INSERT INTO cchc_plan_amendment (plan_id, item_no, change_kind, old_value, new_value, reason,
                       changed_by, changed_at, agency_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.planId(), a.itemNo(), a.kind().name(), a.oldValue(), a.newValue(), a.reason(),
                        a.changedBy(), a.changedAt(), a.agencyId())
                .update();
    }

    public List<Amendment> ofPlan(String planId) {
        return jdbc.sql("SELECT * FROM cchc_plan_amendment WHERE plan_id = ? ORDER BY id").param(planId)
                .query(Amendments::map).list();
    }

    public List<Amendment> ofItem(String planId, int itemNo) {
        return jdbc.sql("SELECT * FROM cchc_plan_amendment WHERE plan_id = ? AND item_no = ? ORDER BY id")
                .params(planId, itemNo).query(Amendments::map).list();
    }

    private static Amendment map(ResultSet rs, int row) throws SQLException {
        return new Amendment(rs.getString("plan_id"), rs.getInt("item_no"),
                Amendment.Kind.valueOf(rs.getString("change_kind")), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"), rs.getString("changed_by"),
                rs.getObject("changed_at", LocalDateTime.class), rs.getString("agency_id"));
    }
}
