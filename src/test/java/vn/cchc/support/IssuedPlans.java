package vn.cchc.support;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.PlanAmendments;

/**
 * An issued plan of 2024 for page tests, without walking the lifecycle: the plan row as issuance writes it, its
 * items added as SNV adds items after issuance (one planTask per agency and milestone), and the jobs those
 * instances start run as the job executor would (it is off in tests).
 */
public final class IssuedPlans {

    private final ProcessEngine engine;
    private final PlanAmendments amendments;
    private final Assignments assignments;
    private final JdbcTemplate jdbc;

    public IssuedPlans(ProcessEngine engine, PlanAmendments amendments, Assignments assignments, JdbcTemplate jdbc) {
        this.engine = engine;
        this.amendments = amendments;
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    /** A plan {@code <prefix>-<n>} under decision {@code <n>/QĐ-UBND} with the items of {@code itemsJson}. */
    public IssuedPlan issue(String prefix, String title, String itemsJson) {
        long n = System.nanoTime() % 1_000_000_000L;
        IssuedPlan plan = new IssuedPlan(prefix + "-" + n, n + "/QĐ-UBND");
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) "
                + "VALUES (?, 2024, ?, 'ISSUED', ?, ?)", plan.id(), title, plan.decision(), LocalDateTime.now());
        amendments.addItems(plan.id(), itemsJson, "Danh sách nhiệm vụ ban đầu", "chuyenvien.snv");
        runJobs(plan.id());
        return plan;
    }

    /** Runs the due jobs of the plan's planTask instances, and the ones they create. */
    public void runJobs(String planId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = assignments.ofPlan(planId).stream()
                    .flatMap(a -> engine.getManagementService().createJobQuery()
                            .rootProcessInstanceId(a.processInstanceId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    public record IssuedPlan(String id, String decision) {
    }
}
