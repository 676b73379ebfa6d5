package vn.cchc.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.DeadlineKind;

/**
 * The door to {@link AssignmentStatusRule} with the follow-up's calendar wired in: what the items page, the task
 * follow-up, the reports and the e-mails call to know an assignment's status now (or at the end of a past day). The
 * stored {@code cchc_assignment.status} is only a cache written when a timer fires; readers recompute it here.
 */
@Component
public class AssignmentStatuses {

    private final AssignmentStatusRule.Calendar calendar;
    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;

    AssignmentStatuses(AssignmentStatusRule.Calendar calendar, JdbcClient jdbc, Checkpoints checkpoints) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
    }

    public AssignmentStatus of(AssignmentStatusRule.Facts facts, Instant now) {
        return AssignmentStatusRule.of(facts, now, calendar);
    }

    /**
     * The first status of a new (or newly dated) assignment of {@code planYear}, by the rule: its due date, else, for an
     * ongoing or recurring item, its checkpoints of the year (none recorded yet).
     */
    public AssignmentStatus initial(vn.cchc.deadline.DeadlineKind kind, LocalDate due, int planYear, Instant now) {
        boolean checkpointed = due == null && (kind == vn.cchc.deadline.DeadlineKind.RECURRING
                || kind == vn.cchc.deadline.DeadlineKind.ONGOING);
        java.util.List<AssignmentStatusRule.Checkpoint> days = checkpointed ? calendar.checkpointDays(planYear).stream()
                .map(d -> new AssignmentStatusRule.Checkpoint(d, null)).toList() : java.util.List.of();
        return of(new AssignmentStatusRule.Facts(kind, due, days, null), now);
    }

    /** An open assignment followed on {@code date} (its due date, or the checkpoint being watched). */
    public AssignmentStatus watching(LocalDate date, Instant now) {
        return of(AssignmentStatusRule.Facts.watching(date), now);
    }

    /** The reporting day of the period running on {@code today} (assignments watched after it are not due yet). */
    public LocalDate reportingDay(LocalDate today) {
        return calendar.reportingDay(today);
    }

    /** The facts of every assignment of a plan, by assignment id (two queries, whatever the plan's size). */
    public Map<String, AssignmentStatusRule.Facts> factsOfPlan(String planId) {
        Map<String, List<AssignmentStatusRule.Checkpoint>> byAssignment = new HashMap<>();
        checkpoints.ofPlan(planId).forEach((id, rows) -> byAssignment.put(id, rows.stream()
                .map(r -> new AssignmentStatusRule.Checkpoint(r.due(), r.recordedAt())).toList()));
        Map<String, AssignmentStatusRule.Facts> facts = new HashMap<>();
        jdbc.sql("""
                        SELECT a.id, a.due_date, a.status, a.completed_at, i.deadline_kind
                          FROM cchc_assignment a
                          LEFT JOIN cchc_plan_item i ON i.plan_id = a.plan_id AND i.item_no = a.item_no
                         WHERE a.plan_id = ?""")
                .param(planId).query(rs -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    String id = rs.getString("id");
                    String kind = rs.getString("deadline_kind");
                    facts.put(id, AssignmentStatusRule.Facts.of(kind == null ? null : DeadlineKind.valueOf(kind),
                            rs.getObject("due_date", LocalDate.class), byAssignment.getOrDefault(id, List.of()),
                            AssignmentStatus.valueOf(rs.getString("status")),
                            completed == null ? null : completed.toLocalDateTime()));
                });
        return facts;
    }

    /** The status of every assignment of a plan at {@code now}, by assignment id. */
    public Map<String, AssignmentStatus> ofPlan(String planId, Instant now) {
        Map<String, AssignmentStatus> statuses = new HashMap<>();
        factsOfPlan(planId).forEach((id, f) -> statuses.put(id, of(f, now)));
        return statuses;
    }
}
