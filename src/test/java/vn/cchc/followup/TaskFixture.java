package vn.cchc.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.shared.DueDates;

/**
 * Issued plans and their task instances without going through the plan lifecycle: a plan row, item rows,
 * assignment rows and {@code planTask} instances with the variables the deployment gives them. The job executor is
 * off in tests: {@link #runDueJobs} executes whatever the engine's clock says is due.
 */
public final class TaskFixture {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    public final String planId;
    public final String decision;

    public TaskFixture(ProcessEngine engine, JdbcTemplate jdbc, String planTitle) {
        this.engine = engine;
        this.jdbc = jdbc;
        long n = System.nanoTime() % 1_000_000_000L;
        this.planId = "KH-T-" + n;
        this.decision = n + "/QĐ-UBND";
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) "
                + "VALUES (?, 2024, ?, 'ISSUED', ?, ?)", planId, planTitle, decision, LocalDateTime.now());
    }

    public static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, DueDates.ZONE).toInstant());
    }

    /** Starts the task of item {@code itemNo} for {@code agencyId}, due on {@code due} (null: no date yet). */
    public ProcessInstance start(int itemNo, String agencyId, String agencyName, String task, String deadlineText,
                                 LocalDate due) {
        jdbc.update("INSERT INTO cchc_plan_item (plan_id, item_no, task, lead_agencies, product, deadline_text, "
                        + "deadline_kind, due_date) VALUES (?, ?, ?, ?, 'Báo cáo', ?, ?, ?)",
                planId, itemNo, task, agencyId, deadlineText, due == null ? "EVENT" : "FIXED", due);
        String key = decision + ":" + itemNo + ":" + agencyId;
        Map<String, Object> vars = new HashMap<>();
        vars.put("planId", planId);
        vars.put("planTitle", jdbc.queryForObject("SELECT title FROM cchc_plan WHERE id = ?", String.class, planId));
        vars.put("decisionNumber", decision);
        vars.put("itemNo", itemNo);
        vars.put("agencyId", agencyId);
        vars.put("agencyName", agencyName);
        vars.put("taskText", task);
        vars.put("product", "Báo cáo");
        vars.put("deadlineText", deadlineText);
        vars.put("coordinators", null);
        vars.put("dueDate", DueDates.endOfDay(due));
        vars.put("dueDateText", due == null ? "Chưa xác định" : DueDates.format(due));
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("planTask").businessKey(key)
                .setVariables(vars).execute();
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                        + "process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?)", key, planId, itemNo, agencyId, due,
                due == null ? "WAITING_EVENT" : "IN_PROGRESS", pi.getId());
        return pi;
    }

    /**
     * Starts an ongoing item ("Thường xuyên") of the 2024 plan for {@code agencyId}: no due date, followed up at a
     * checkpoint per reporting period.
     */
    public ProcessInstance startOngoing(int itemNo, String agencyId, String agencyName, String task) {
        jdbc.update("INSERT INTO cchc_plan_item (plan_id, item_no, task, lead_agencies, product, deadline_text, "
                + "deadline_kind, due_date) VALUES (?, ?, ?, ?, 'Báo cáo', 'Thường xuyên', 'ONGOING', NULL)",
                planId, itemNo, task, agencyId);
        String key = decision + ":" + itemNo + ":" + agencyId;
        Map<String, Object> vars = new HashMap<>();
        vars.put("planId", planId);
        vars.put("planYear", 2024);
        vars.put("planTitle", jdbc.queryForObject("SELECT title FROM cchc_plan WHERE id = ?", String.class, planId));
        vars.put("decisionNumber", decision);
        vars.put("itemNo", itemNo);
        vars.put("agencyId", agencyId);
        vars.put("agencyName", agencyName);
        vars.put("taskText", task);
        vars.put("product", "Báo cáo");
        vars.put("deadlineText", "Thường xuyên");
        vars.put("coordinators", null);
        vars.put("dueDate", null);
        vars.put("dueDateText", "Chưa xác định");
        vars.put("checkpoints", true);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("planTask").businessKey(key)
                .setVariables(vars).execute();
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                + "process_instance_id) VALUES (?, ?, ?, ?, NULL, 'IN_PROGRESS', ?)", key, planId, itemNo, agencyId,
                pi.getId());
        return pi;
    }

    /** Executes every job of the instance that is due by the engine's clock, until none is left. */
    public void runDueJobs(ProcessInstance pi) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for " + pi.getBusinessKey());
    }

    /** When the instance's pending timer fires, or null when it has none. */
    public Date nextTimer(ProcessInstance pi) {
        Job timer = engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId()).timers()
                .singleResult();
        return timer == null ? null : timer.getDuedate();
    }

    /** Moves the engine clock to the pending timer and fires it (that timer only); returns when it fired. */
    public Date fireNextTimer(ProcessInstance pi) {
        Date when = nextTimer(pi);
        if (when == null) {
            throw new AssertionError("no timer pending for " + pi.getBusinessKey());
        }
        ClockUtil.setCurrentTime(when);
        Job timer = engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId()).timers()
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());
        engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId()).messages().executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return when;
    }

    /** 23:59:59 of the day in Vietnam: the engine's due date of a task due that day. */
    public static Date endOfDay(int year, int month, int day) {
        return DueDates.endOfDay(LocalDate.of(year, month, day));
    }

    public String status(ProcessInstance pi) {
        return jdbc.queryForObject("SELECT status FROM cchc_assignment WHERE id = ?", String.class,
                pi.getBusinessKey());
    }
}
