package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;

/** An agency report left unsent past its deadline: the agency and SNV get one overdue mail each, once. */
@CchcIntegrationTest
class ReportOverdueNotificationTest {

    private static final String JUSTICE = "so-tu-phap";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void unsentReportTellsTheAgencyAndSnvOnceInVietnamese() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2029, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2029)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2029, 2, 28), JUSTICE)
                .done(1, JUSTICE, LocalDate.of(2029, 2, 20), false);
        plan.startReportingCalendar(processEngine);
        String key = plan.reportKey(ReportPeriod.Q1, JUSTICE);
        ProcessInstance q1 = engine.byKey(ReportVariables.PROCESS_KEY, key);

        // province due Tue 20/3/2029, agencies 3 working days earlier: Thu 15/3
        Engine.clock(LocalDate.of(2029, 3, 15));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(q1).isWaitingAt("prepareReport");
        assertThat(notifications.withKeyPrefix("overdue:" + key + ":")).as("not late on its due day").isEmpty();

        Engine.clock(LocalDate.of(2029, 3, 16));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        List<Notification> rows = notifications.withKeyPrefix("overdue:" + key + ":");
        // the official's address is the agency mailbox in the demo directory: one mail per address;
        // SNV's specialists have no address in the demo, so SNV is reached through its mailbox
        assertThat(rows).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("sotuphap@vinhlong.gov.vn", "sonoivu@vinhlong.gov.vn");
        assertThat(rows).allSatisfy(n -> assertThat(n.planId()).isEqualTo(plan.id));

        Notification toAgency = rows.stream().filter(n -> n.recipient().startsWith("sotuphap")).findFirst()
                .orElseThrow();
        MailRenderer.RenderedMail mail = renderer.render(toAgency.template(), toAgency.data());
        String taskId = engine.task(q1, "prepareReport").getId();
        assertThat(mail.subject()).isEqualTo(
                "[Quá hạn] Chưa gửi báo cáo CCHC định kỳ Quý I năm 2029 — Sở Tư pháp (hạn 15/03/2029)");
        assertThat(mail.text()).contains("Kính gửi: Chuyên viên Sở Tư pháp",
                "Báo cáo công tác cải cách hành chính định kỳ Quý I năm 2029 của Sở Tư pháp đã hết hạn gửi Sở Nội vụ "
                        + "ngày 15/03/2029 mà chưa được gửi.",
                "đang ở bước xây dựng dự thảo", "#/?task=" + taskId, "Sở Tư pháp và Sở Nội vụ",
                "trình Lãnh đạo UBND tỉnh ký");
        assertThat(mail.html()).contains("Quý I năm 2029", "15/03/2029", "#/?task=" + taskId,
                "Lãnh đạo UBND tỉnh");

        // the official drafts it late; the head's approval task has the same, already passed, deadline
        Engine.clock(LocalDate.of(2029, 3, 19));
        engine.complete(engine.task(q1, "prepareReport"), "cv." + JUSTICE, List.of(JUSTICE, "agency-official"),
                Map.of(ReportVariables.REPORT_SUMMARY, "Đã hoàn thành rà soát văn bản quý I."));
        assertThat(q1).isWaitingAt("approveReport");
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(q1.getId()).activityId("recordApprovalOverdue").count())
                .as("the approval's overdue timer fired too").isEqualTo(1);
        assertThat(notifications.withKeyPrefix("overdue:" + key + ":")).as("a report is overdue once")
                .extracting(Notification::id).containsExactlyInAnyOrderElementsOf(rows.stream()
                        .map(Notification::id).toList());
    }

    @Test
    void aReportFoundOverdueMonthsLateIsRecordedButNotMailed() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        // a plan issued in November: its Q1 report (agencies due 15/3/2030) is months overdue when it starts
        Engine.clock(LocalDate.of(2030, 11, 4));
        SamplePlan plan = new SamplePlan(jdbc, 2030)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2030, 12, 20), JUSTICE);
        plan.startReportingCalendar(processEngine);
        String key = plan.reportKey(ReportPeriod.Q1, JUSTICE);
        ProcessInstance q1 = engine.byKey(ReportVariables.PROCESS_KEY, key);

        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);

        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(q1.getId()).activityId("recordPrepareOverdue").count())
                .as("recorded as overdue").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT overdue FROM cchc_report WHERE id = ?", Boolean.class, key)).isTrue();
        assertThat(notifications.withKeyPrefix("overdue:" + key + ":")).as("no mail months late").isEmpty();
    }
}
