package vn.cchc.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;

/**
 * An issued plan written straight into the plan tables (as the plan's deployment step would leave them), with its
 * items and assignments, so reporting tests control every assignment's status and completion time.
 */
public final class SamplePlan {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String STARTER = "testReportingStarter";

    public final String id;
    public final String decision;
    public final int year;
    private final JdbcTemplate jdbc;

    public SamplePlan(JdbcTemplate jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
        int n = COUNTER.incrementAndGet();
        this.id = "KH-RPT-" + System.nanoTime() + "-" + n;
        this.decision = (System.nanoTime() % 100000) + "-" + n + "/QĐ-UBND";
        jdbc.update("""
                        INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, decision_date, created_at)
                        VALUES (?, ?, ?, 'ISSUED', ?, ?, ?)""",
                id, year, "Kế hoạch cải cách hành chính năm " + year, decision, LocalDate.of(year - 1, 12, 18),
                Timestamp.valueOf(LocalDateTime.of(year - 1, 12, 1, 9, 0)));
    }

    /** An item led by {@code agencies}; its assignments start in progress. */
    public SamplePlan item(int no, String section, String task, DeadlineKind kind, LocalDate due, String... agencies) {
        jdbc.update("""
                        INSERT INTO cchc_plan_item (plan_id, item_no, section, task, lead_agencies, deadline_kind, due_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", id, no, section, task, String.join(",", agencies), kind.name(), due);
        for (String agency : agencies) {
            jdbc.update("""
                            INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status)
                            VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS')""", decision + ":" + no + ":" + agency, id, no, agency, due);
        }
        return this;
    }

    /** SNV accepted the agency's result of item {@code no} at {@code at}: done on time unless {@code late}. */
    public SamplePlan done(int no, String agency, LocalDate at, boolean late) {
        jdbc.update("UPDATE cchc_assignment SET status = ?, completed_at = ? WHERE id = ?",
                late ? "DONE_LATE" : "DONE_ON_TIME", Timestamp.valueOf(at.atTime(10, 0)), decision + ":" + no + ":" + agency);
        return this;
    }

    /** Runs {@code ${createReportingCalendar}} as the plan lifecycle will, through a one-step process. */
    public ProcessInstance startReportingCalendar(ProcessEngine engine) {
        synchronized (SamplePlan.class) {
            if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(STARTER).count() == 0) {
                engine.getRepositoryService().createDeployment().name(STARTER).addModelInstance(STARTER + ".bpmn",
                        Bpmn.createExecutableProcess(STARTER).camundaHistoryTimeToLive(1).startEvent()
                                .serviceTask().camundaDelegateExpression("${createReportingCalendar}").endEvent().done())
                        .deploy();
            }
        }
        return engine.getRuntimeService().startProcessInstanceByKey(STARTER,
                Map.of(ReportVariables.PLAN_ID, id, ReportVariables.PLAN_YEAR, year));
    }

    public String reportKey(ReportPeriod period, String agency) {
        return decision + ":" + period.name() + "-" + year + ":" + agency;
    }

    public String provinceKey(ReportPeriod period) {
        return decision + ":" + period.name() + "-" + year;
    }
}
