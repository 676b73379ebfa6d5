package vn.cchc.reporting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.notify.Notifications;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A plan deployed in April 2036: its Q1 reports were due from agencies on Mon 17/3/2036, before the plan existed.
 * Nobody asked the agencies for them under this plan, so they are started (an agency may still send one, SNV sees it
 * missing) but not followed up: no reminder, no overdue notice, no escalation to the UBND leader, one per agency.
 * That is what kept a late-deployed plan, such as the demo's on its first start, from flooding the leaders' mailbox.
 * The H1 reports, due in June, are followed up as usual.
 */
@CchcIntegrationTest
class LatePlanReportsTest {

    private static final String JUSTICE = "so-tu-phap";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    private Engine engine;
    private AlertDriver alerts;
    private SamplePlan plan;

    @BeforeEach
    void deployPlanInApril() {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
        alerts = new AlertDriver(processEngine, notifications);
        AlertDriver.clock(LocalDate.of(2036, 4, 1));
        plan = new SamplePlan(jdbc, 2036)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2036, 9, 30), JUSTICE);
        plan.startReportingCalendar(processEngine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportsDueBeforeThePlanAreOpenButNotFollowedUpLaterOnesAre() {
        ProcessInstance q1 = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.Q1, JUSTICE));
        ProcessInstance h1 = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.H1, JUSTICE));
        alerts.runDue(q1);
        alerts.runDue(h1);

        assertThat(alerts.loops(q1)).as("no follow-up of a report due before the plan").isEmpty();
        assertThat(engine.task(q1, "prepareReport")).as("the agency can still send it").isNotNull();
        assertThat(notifications.withKeyPrefix("report:" + q1.getBusinessKey() + ":")).isEmpty();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(q1.getId()).activityId("pastPeriodNotFollowed").count()).isEqualTo(1);

        assertThat(alerts.loops(h1)).as("the H1 report, due in June, is followed up").hasSize(1);
        ProcessInstance loop = alerts.loop(h1, null);
        alerts.fireNext(h1, loop);
        assertThat(alerts.codes("report:" + h1.getBusinessKey())).containsExactly("REMINDER:-10");
    }
}
