package vn.cchc.plan;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.shared.VietnamTime;

/**
 * Agencies' comments on a draft, in table {@code cchc_plan_comment}. As bean {@code planComments} it also gives the
 * BPMN multi-instance its collection of agencies to ask.
 */
@Component("planComments")
public class PlanComments {

    private final JdbcClient jdbc;

    PlanComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Comment(String agencyId, String author, String content, LocalDateTime createdAt) {
    }

    /** The agencies asked for comments, as chosen on the draft. */
    public List<String> agencies(DelegateExecution execution) {
        Object ids = execution.getVariable(PlanVariables.COMMENT_AGENCIES);
        return ids == null || ids.toString().isBlank() ? List.of() : Arrays.asList(ids.toString().split(","));
    }

    void add(String planId, String agencyId, String author, String content) {
        jdbc.sql("INSERT INTO cchc_plan_comment (plan_id, agency_id, author, content, created_at) VALUES (?,?,?,?,?)")
                .params(planId, agencyId, author, content, VietnamTime.now()).update();
    }

    public List<Comment> of(String planId) {
        return jdbc.sql("SELECT agency_id, author, content, created_at FROM cchc_plan_comment WHERE plan_id = ?"
                        + " ORDER BY created_at")
                .param(planId)
                .query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime()))
                .list();
    }
}
