package vn.cchc.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatusRule;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.shared.Texts;

/**
 * Reads the plan's assignments with their items (tables {@code cchc_assignment} and {@code cchc_plan_item}, owned
 * by the plan package; read only here) for the reports and statistics.
 */
@Repository
public class WorkItems {

    private final JdbcClient jdbc;
    private final AssignmentStatuses statuses;

    WorkItems(JdbcClient jdbc, AssignmentStatuses statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    public List<WorkItem> ofPlan(String planId) {
        java.util.Map<String, AssignmentStatusRule.Facts> facts = statuses.factsOfPlan(planId);
        return jdbc.sql("""
                        SELECT a.id, a.plan_id, a.item_no, a.agency_id, a.due_date, a.status, a.completed_at,
                               i.section, i.task, i.deadline_kind
                          FROM cchc_assignment a
                          JOIN cchc_plan_item i ON i.plan_id = a.plan_id AND i.item_no = a.item_no
                         WHERE a.plan_id = ?
                         ORDER BY a.item_no, a.agency_id""")
                .param(planId).query((rs, n) -> map(rs, facts.get(rs.getString("id")))).list();
    }

    public List<WorkItem> ofAgency(String planId, String agencyId) {
        return ofPlan(planId).stream().filter(w -> w.agencyId().equals(agencyId)).toList();
    }

    /** Agencies with at least one assignment in the plan, sorted by id. */
    public List<String> agencies(String planId) {
        return jdbc.sql("SELECT DISTINCT agency_id FROM cchc_assignment WHERE plan_id = ? ORDER BY agency_id")
                .param(planId).query(String.class).list();
    }

    private WorkItem map(ResultSet rs, AssignmentStatusRule.Facts facts) throws SQLException {
        java.sql.Date due = rs.getDate("due_date");
        Timestamp completed = rs.getTimestamp("completed_at");
        String section = rs.getString("section");
        return new WorkItem(rs.getString("plan_id"), rs.getInt("item_no"), rs.getString("agency_id"),
                section == null || section.isBlank() ? Texts.get("reporting.otherSection") : section.trim(), rs.getString("task"),
                DeadlineKind.valueOf(rs.getString("deadline_kind")), due == null ? null : due.toLocalDate(),
                AssignmentStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toLocalDateTime(), facts, statuses);
    }
}
