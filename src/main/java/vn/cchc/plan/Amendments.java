package vn.cchc.plan;

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

    void add(Amendment a) {
        jdbc.sql("""
                INSERT INTO cchc_plan_amendment (plan_id, item_no, change_kind, old_value, new_value, reason,
                       changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.planId(), a.itemNo(), a.kind().name(), a.oldValue(), a.newValue(), a.reason(),
                        a.changedBy(), a.changedAt())
                .update();
    }

    public List<Amendment> ofPlan(String planId) {
        return jdbc.sql("SELECT * FROM cchc_plan_amendment WHERE plan_id = ? ORDER BY id").param(planId)
                .query((rs, n) -> new Amendment(rs.getString("plan_id"), rs.getInt("item_no"),
                        Amendment.Kind.valueOf(rs.getString("change_kind")), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("reason"), rs.getString("changed_by"),
                        rs.getObject("changed_at", LocalDateTime.class)))
                .list();
    }
}
