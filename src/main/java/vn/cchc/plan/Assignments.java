package vn.cchc.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments (plan item × responsible agency), in table {@code cchc_assignment}. */
@Repository
public class Assignments {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Assignments(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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

    /** A new due date (plan amendment); an assignment waiting for a date is in progress once it has one. */
    void changeDue(String id, LocalDate due, AssignmentStatus newStatus) {
        jdbc.sql("UPDATE cchc_assignment SET due_date = ?, status = COALESCE(?, status) WHERE id = ?")
                .params(due, newStatus == null ? null : newStatus.name(), id).update();
    }

    void complete(String id, AssignmentStatus status, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_assignment SET status = ?, completed_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.valueOf(at), id).update();
    }

    /**
     * Sets the status of an open assignment (timers: DUE_SOON, OVERDUE, …); a finished one keeps its DONE_* status.
     *
     * @return false when there is no such open assignment
     */
    public boolean updateStatus(String id, AssignmentStatus status) {
        return jdbc.sql("UPDATE cchc_assignment SET status = ? WHERE id = ? AND status NOT IN ('DONE_ON_TIME', "
                + "'DONE_LATE')").params(status.name(), id).update() == 1;
    }

    /** A new due date (extension by SNV, amendment, or a date computed after an event) for an open assignment. */
    public boolean reschedule(String id, LocalDate dueDate, AssignmentStatus status) {
        return jdbc.sql("UPDATE cchc_assignment SET due_date = ?, status = ? WHERE id = ? AND status NOT IN "
                + "('DONE_ON_TIME', 'DONE_LATE')").params(dueDate, status.name(), id).update() == 1;
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
