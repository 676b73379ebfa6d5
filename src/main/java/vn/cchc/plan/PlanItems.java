package vn.cchc.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.deadline.DeadlineKind;

/** The task rows of plans, in table {@code cchc_plan_item}; agency id lists are stored comma-separated. */
@Repository
public class PlanItems {

    private final JdbcClient jdbc;

    PlanItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces all items of a draft plan (first draft, rework, or re-import). */
    public void replaceAll(String planId, List<PlanItem> items) {
        jdbc.sql("DELETE FROM cchc_plan_item WHERE plan_id = ?").param(planId).update();
        for (PlanItem item : items) {
            jdbc.sql("""
                    INSERT INTO cchc_plan_item (plan_id, item_no, section, stt, task, lead_text, lead_agencies,
                           coordinators_text, coordinator_agencies, product, deadline_text, deadline_kind, due_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, item.itemNo(), item.section(), item.stt(), item.task(), item.leadText(),
                            String.join(",", item.leadAgencies()), item.coordinatorsText(),
                            String.join(",", item.coordinatorAgencies()), item.product(), item.deadlineText(),
                            item.deadlineKind().name(), item.dueDate())
                    .update();
        }
    }

    public List<PlanItem> findByPlan(String planId) {
        return jdbc.sql("SELECT * FROM cchc_plan_item WHERE plan_id = ? ORDER BY item_no").param(planId)
                .query(PlanItems::map).list();
    }

    private static PlanItem map(ResultSet rs, int row) throws SQLException {
        java.sql.Date due = rs.getDate("due_date");
        return new PlanItem(rs.getString("plan_id"), rs.getInt("item_no"), rs.getString("section"),
                rs.getString("stt"), rs.getString("task"), rs.getString("lead_text"),
                ids(rs.getString("lead_agencies")), rs.getString("coordinators_text"),
                ids(rs.getString("coordinator_agencies")), rs.getString("product"), rs.getString("deadline_text"),
                DeadlineKind.valueOf(rs.getString("deadline_kind")), due == null ? null : due.toLocalDate());
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
