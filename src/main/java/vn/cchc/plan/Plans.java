package vn.cchc.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/** The plans, in table {@code cchc_plan}. */
@Repository
public class Plans {

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Plan> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_plan WHERE id = ?").param(id).query(Plans::map).optional();
    }

    /** Every plan, newest year first (the plans page). */
    public java.util.List<Plan> all() {
        return jdbc.sql("SELECT * FROM cchc_plan ORDER BY plan_year DESC, id").query(Plans::map).list();
    }

    /** The plan a caller names, or the caller's mistake: 404 {@code plan.notFound} naming it. */
    public Plan named(String id) {
        return find(id).orElseThrow(() -> PlanInputException.notFound("plan.notFound", id));
    }

    /**
     * As {@link #named}, with the plan's row locked until the transaction ends: every change of a plan's items or
     * deadlines takes it first, so two changes of one plan (a confirmation sent twice, an import while the draft is
     * completed) run one after the other, each seeing the plan as the other left it. Call inside a transaction.
     */
    public Plan lockNamed(String id) {
        return jdbc.sql("SELECT * FROM cchc_plan WHERE id = ? FOR UPDATE").param(id).query(Plans::map).optional()
                .orElseThrow(() -> PlanInputException.notFound("plan.notFound", id));
    }

    public Plan get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(Texts.get("plan.missing", id)));
    }

    void insert(Plan plan) {
        jdbc.sql("INSERT INTO cchc_plan (id, plan_year, title, status, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(plan.id(), plan.year(), plan.title(), plan.status().name(), VietnamTime.now())
                .update();
    }

    void update(Plan plan) {
        jdbc.sql("""
                UPDATE cchc_plan SET plan_year = ?, title = ?, status = ?, submission_number = ?, submission_date = ?,
                       decision_number = ?, decision_date = ?, signer = ?
                 WHERE id = ?""")
                .params(plan.year(), plan.title(), plan.status().name(), plan.submissionNumber(),
                        plan.submissionDate(), plan.decisionNumber(), plan.decisionDate(), plan.signer(), plan.id())
                .update();
    }

    /** The plan, other than {@code planId}, that already carries this decision number, if any. */
    Optional<String> holderOfDecision(String decisionNumber, String planId) {
        return jdbc.sql("SELECT id FROM cchc_plan WHERE decision_number = ? AND id <> ?")
                .params(decisionNumber, planId).query(String.class).optional();
    }

    /** The next free id of the form {@code KH-<year>-<n>}. */
    String nextId(int year) {
        long n = jdbc.sql("SELECT COUNT(*) FROM cchc_plan WHERE plan_year = ?").param(year).query(Long.class).single();
        String id;
        do {
            id = "KH-" + year + "-" + (++n);
        } while (find(id).isPresent());
        return id;
    }

    private static Plan map(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getString("id"), rs.getInt("plan_year"), rs.getString("title"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("submission_number"),
                toLocalDate(rs.getDate("submission_date")), rs.getString("decision_number"),
                toLocalDate(rs.getDate("decision_date")), rs.getString("signer"));
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
