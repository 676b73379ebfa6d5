package vn.cchc.reporting.followup;

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
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * An agency report left unsent past its deadline is followed up like a plan task: "Quá hạn" to the agency once, the
 * report recorded as overdue; found months late (a plan issued in November), the current ladder level once.
 */
@CchcIntegrationTest
class ReportOverdueTest {

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
    void unsentReportIsOverdueOnceInVietnameseWithItsStatus() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        AlertDriver alerts = new AlertDriver(processEngine, notifications);
        Engine.clock(LocalDate.of(2029, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2029)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2029, 2, 28), JUSTICE)
                .done(1, JUSTICE, LocalDate.of(2029, 2, 20), false);
        plan.startReportingCalendar(processEngine);
        String key = plan.reportKey(ReportPeriod.Q1, JUSTICE);
        ProcessInstance q1 = engine.byKey(ReportVariables.PROCESS_KEY, key);
        alerts.runDue(q1);

        // province due Tue 20/3/2029, agencies 3 working days earlier: Thu 15/3
        Engine.clock(LocalDate.of(2029, 3, 15));
        alerts.runDue(q1);
        assertThat(q1).isWaitingAt("prepareReport", "reportAlerts");
        String stem = "report:" + key;
        assertThat(alerts.sent(stem, "OVERDUE:0")).as("not late on its due day").isEmpty();
        assertThat(jdbc.queryForObject("SELECT overdue FROM cchc_report WHERE id = ?", Boolean.class, key)).isFalse();

        Engine.clock(LocalDate.of(2029, 3, 16));
        alerts.runDue(q1);
        List<Notification> rows = alerts.sent(stem, "OVERDUE:0");
        assertThat(rows).extracting(Notification::recipient).containsExactly("sotuphap@vinhlong.gov.vn");
        assertThat(rows).allSatisfy(n -> assertThat(n.planId()).isEqualTo(plan.id));
        assertThat(jdbc.queryForObject("SELECT overdue FROM cchc_report WHERE id = ?", Boolean.class, key))
                .as("the report is recorded as overdue").isTrue();

        MailRenderer.RenderedMail mail = renderer.render(rows.get(0).template(), rows.get(0).data());
        String taskId = engine.task(q1, "prepareReport").getId();
        assertThat(mail.subject()).isEqualTo(
                "[Quá hạn] Chưa gửi báo cáo CCHC định kỳ Quý I năm 2029 — Sở Tư pháp (hạn 15/03/2029)");
        assertThat(mail.text()).contains("Kính gửi: Chuyên viên Sở Tư pháp",
                "Báo cáo công tác cải cách hành chính định kỳ Quý I năm 2029 của Sở Tư pháp phải gửi Sở Nội vụ "
                        + "chậm nhất ngày 15/03/2029.", "Đã hết hạn ngày 15/03/2029 mà chưa thực hiện.",
                "Tình trạng: Quá hạn", "#/?task=" + taskId,
                "Nếu đến ngày 20/03/2029 vẫn chưa thực hiện, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.");
        assertThat(mail.html()).contains("Quý I năm 2029", "15/03/2029", "#/?task=" + taskId, "Quá hạn");

        // the official drafts it late; the head's approval: the same deadline, drawn once, nothing new
        Engine.clock(LocalDate.of(2029, 3, 19));
        engine.complete(engine.task(q1, "prepareReport"), "cv." + JUSTICE, List.of(JUSTICE, "agency-official"),
                Map.of(ReportVariables.REPORT_SUMMARY, "Đã hoàn thành rà soát văn bản quý I."));
        assertThat(q1).isWaitingAt("approveReport", "reportAlerts");
        alerts.runDue(q1);
        assertThat(alerts.sent(stem, "OVERDUE:0")).as("a report is overdue once").extracting(Notification::id)
                .containsExactlyElementsOf(rows.stream().map(Notification::id).toList());
    }

    @Test
    void aReportFoundOverdueMonthsLateNotifiesTheCurrentLevelOnce() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        AlertDriver alerts = new AlertDriver(processEngine, notifications);
        // a plan issued in February: its Q1 report (agencies due 15/3/2030) is followed up from the start...
        Engine.clock(LocalDate.of(2030, 2, 4));
        SamplePlan plan = new SamplePlan(jdbc, 2030)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2030, 12, 20), JUSTICE);
        plan.startReportingCalendar(processEngine);
        String key = plan.reportKey(ReportPeriod.Q1, JUSTICE);
        ProcessInstance q1 = engine.byKey(ReportVariables.PROCESS_KEY, key);
        alerts.runDue(q1);
        assertThat(alerts.codes("report:" + key)).isEmpty();

        // ...and no job ran for months (the server was down across every ladder date): found overdue in November
        // (a report due before the plan was deployed is not followed up at all: LatePlanReportsTest)
        Engine.clock(LocalDate.of(2030, 11, 4));
        alerts.runDue(q1);

        assertThat(jdbc.queryForObject("SELECT overdue FROM cchc_report WHERE id = ?", Boolean.class, key)).isTrue();
        String stem = "report:" + key;
        assertThat(alerts.codes(stem)).as("catch-up: the current level, once; not every missed one")
                .containsExactly("ESCALATION:20");
        alerts.runDue(q1);
        assertThat(alerts.codes(stem)).containsExactly("ESCALATION:20");
    }
}
