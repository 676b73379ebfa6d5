package vn.cchc.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assignments (plan item × responsible agency), in table {@code cchc_assignment}. Every status written here is also
 * put on the agency's task card ({@link TaskCards}), so the Tasklist shows what the items page shows.
 */
@Repository
public class Assignments {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TaskCards cards;

    Assignments(JdbcClient jdbc, JdbcTemplate template, TaskCards cards) {
        this.jdbc = jdbc;
        this.template = template;
        this.cards = cards;
    }

    public record Assignment(String id, String planId, int itemNo, String agencyId, LocalDate dueDate,
                             AssignmentStatus status, String processInstanceId) {
    }

    void insertAll(List<Assignment> assignments) {
        template.batchUpdate("""
                        INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status,
                                                     process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                assignments, 500, (ps, a) -> {
                    ps.setString(1, a.id());
                    ps.setString(2, a.planId());
                    ps.setInt(3, a.itemNo());
                    ps.setString(4, a.agencyId());
                    ps.setObject(5, a.dueDate());
                    ps.setString(6, a.status().name());
                    ps.setString(7, a.processInstanceId());
                });
    }

    /** Whether the item's assignments exist (it was deployed). */
    boolean itemDeployed(String planId, int itemNo) {
        return jdbc.sql("SELECT COUNT(*) FROM cchc_assignment WHERE plan_id = ? AND item_no = ?")
                .params(planId, itemNo).query(Long.class).single() > 0;
    }

    /** A new due date (plan amendment); an assignment waiting for a date is in progress once it has one. */
    void changeDue(String id, LocalDate due, AssignmentStatus newStatus) {
        jdbc.sql("UPDATE cchc_assignment SET due_date = ?, status = COALESCE(?, status) WHERE id = ?")
                .params(due, newStatus == null ? null : newStatus.name(), id).update();
        showOnCard(id);
    }

    void complete(String id, AssignmentStatus status, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_assignment SET status = ?, completed_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.valueOf(at), id).update();
        showOnCard(id);
    }

    /**
     * Sets the status of an open assignment (timers: DUE_SOON, OVERDUE, …); a finished one keeps its DONE_* status.
     *
     * @return false when there is no such open assignment
     */
    public boolean updateStatus(String id, AssignmentStatus status) {
        boolean updated = jdbc.sql("UPDATE cchc_assignment SET status = ? WHERE id = ? AND status NOT IN ("
                + "'DONE_ON_TIME', 'DONE_LATE')").params(status.name(), id).update() == 1;
        if (updated) {
            showOnCard(id);
        }
        return updated;
    }

    /** A new due date (extension by SNV, amendment, or a date computed after an event) for an open assignment. */
    public boolean reschedule(String id, LocalDate dueDate, AssignmentStatus status) {
        boolean updated = jdbc.sql("UPDATE cchc_assignment SET due_date = ?, status = ? WHERE id = ? AND status "
                + "NOT IN ('DONE_ON_TIME', 'DONE_LATE')").params(dueDate, status.name(), id).update() == 1;
        if (updated) {
            showOnCard(id);
        }
        return updated;
    }

    /** The stored status on the assignment's task card (the row as written, whichever write changed it). */
    private void showOnCard(String id) {
        jdbc.sql("SELECT process_instance_id, status FROM cchc_assignment WHERE id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .ifPresent(row -> cards.show(row[0], AssignmentStatus.valueOf(row[1])));
    }

    public java.util.Optional<Assignment> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_assignment WHERE id = ?").param(id)
                .query((rs, n) -> new Assignment(rs.getString("id"), rs.getString("plan_id"), rs.getInt("item_no"),
                        rs.getString("agency_id"), rs.getObject("due_date", LocalDate.class),
                        AssignmentStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id")))
                .optional();
    }

    public List<Assignment> ofPlan(String planId) {
        return jdbc.sql("SELECT * FROM cchc_assignment WHERE plan_id = ? ORDER BY item_no, agency_id").param(planId)
                .query((rs, n) -> new Assignment(rs.getString("id"), rs.getString("plan_id"), rs.getInt("item_no"),
                        rs.getString("agency_id"), rs.getObject("due_date", LocalDate.class),
                        AssignmentStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id")))
                .list();
    }
}
