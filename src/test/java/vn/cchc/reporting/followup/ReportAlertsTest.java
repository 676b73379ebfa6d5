package vn.cchc.reporting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.cchc.reporting.followup.AlertDriver.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.followup.Alert;
import vn.cchc.followup.AlertNotifier;
import vn.cchc.followup.AlertSchedule;
import vn.cchc.followup.FollowUpKind;
import vn.cchc.followup.FollowedStep;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Reminders and escalation of agencies' periodic reports of 2036, on the engine clock. Days counted by hand on the
 * 2036/37 calendar (no holidays from March to mid-December; 1/1/2037 off):
 * <ul>
 * <li>Q1: cut-off 15/12/2035–14/3/2036, the task opens Sat 15/3; the province reports by Thu 20/3, agencies 3
 * working days earlier: Mon 17/3. Reminders 10, 3, 1 working days before: Mon 3/3, Wed 12/3, Fri 14/3 — all while
 * the report still waits for the cut-off.</li>
 * <li>YEAR: cut-off 15/12/2035–14/12/2036, opens Mon 15/12; the province's 20/12 is a Saturday, so Mon 22/12, and
 * agencies Wed 17/12. Reminders Wed 3/12, Fri 12/12 (before the cut-off) and Tue 16/12 (task open); escalation
 * +3 working days Mon 22/12 (head), +10 Wed 31/12 (SNV), +20 Thu 15/1/2037 (UBND); weekly repeats Wed 24/12, 31/12,
 * 7/1, 14/1.</li>
 * </ul>
 */
@CchcIntegrationTest
class ReportAlertsTest {

    private static final String JUSTICE = "so-tu-phap";
    private static final String FINANCE = "so-tai-chinh";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;
    @Autowired
    AlertNotifier notifier;
    @Autowired
    AlertSchedule schedule;

    private Engine engine;
    private AlertDriver alerts;
    private SamplePlan plan;

    @BeforeEach
    void issuePlan() {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
        alerts = new AlertDriver(processEngine, notifications);
        AlertDriver.clock(LocalDate.of(2036, 1, 7));
        plan = new SamplePlan(jdbc, 2036)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2036, 6, 30), JUSTICE)
                .item(2, "V. CẢI CÁCH TÀI CHÍNH CÔNG", "Giao quyền tự chủ tài chính", DeadlineKind.FIXED,
                        LocalDate.of(2036, 6, 30), FINANCE);
        plan.startReportingCalendar(processEngine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance report(ReportPeriod period, String agency) {
        ProcessInstance pi = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(period, agency));
        alerts.runDue(pi);
        return pi;
    }

    @Test
    void unsentYearReportIsRemindedBeforeAndAfterTheCutOffThenClimbsTheLadder() {
        ProcessInstance year = report(ReportPeriod.YEAR, JUSTICE);
        assertThat(processEngine.getRuntimeService().getVariable(year.getId(), ReportVariables.DUE_DATE_TEXT))
                .isEqualTo("17/12/2036");
        ProcessInstance loop = alerts.loop(year, null);
        List<Date> fired = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            fired.add(alerts.fireNext(year, loop));
        }
        assertThat(fired).containsExactly(
                at(2036, 12, 3, 8), at(2036, 12, 12, 8), // before the cut-off ends on 14/12
                at(2036, 12, 16, 8),                     // the report task is open since 15/12
                at(2036, 12, 18, 0),                     // the due day has ended: "Quá hạn"
                at(2036, 12, 22, 8),                     // +3 working days: the agency head
                at(2036, 12, 24, 8),                     // +7 days: weekly repeat
                at(2036, 12, 31, 8), at(2036, 12, 31, 8), // +10 working days: SNV; and the +14 days repeat
                at(2037, 1, 7, 8), at(2037, 1, 14, 8),   // repeats
                at(2037, 1, 15, 8));                     // +20 working days: UBND leaders and the steering committee
        String stem = "report:" + year.getBusinessKey();
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1", "OVERDUE:0",
                "ESCALATION:3",
                "REPEAT:7", "ESCALATION:10", "REPEAT:14", "REPEAT:21", "REPEAT:28", "ESCALATION:20");
        assertThat(alerts.sent(stem, "REMINDER:-3")).extracting(Notification::recipient)
                .containsExactly("sotuphap@vinhlong.gov.vn");
        assertThat(alerts.sent(stem, "ESCALATION:3")).extracting(Notification::recipientName)
                .containsExactly("Lãnh đạo Sở Tư pháp");
        assertThat(alerts.sent(stem, "ESCALATION:10")).extracting(Notification::recipient)
                .containsExactly("sonoivu@vinhlong.gov.vn");
        assertThat(alerts.sent(stem, "ESCALATION:20")).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("ubndtinh@vinhlong.gov.vn", "bcdcchc@vinhlong.gov.vn");
        assertThat(alerts.sent(stem, "REPEAT:21")).extracting(Notification::recipient)
                .containsExactly("sotuphap@vinhlong.gov.vn");
        assertThat(alerts.sent(stem, "ESCALATION:3")).allSatisfy(n -> assertThat(n.planId()).isEqualTo(plan.id));

        MailRenderer.RenderedMail beforeCutOff = render(alerts.sent(stem, "REMINDER:-3").get(0));
        assertThat(beforeCutOff.subject()).isEqualTo("[Nhắc việc CCHC] Còn 3 ngày làm việc đến hạn gửi báo cáo CCHC "
                + "định kỳ năm 2036 — Sở Tư pháp (hạn 17/12/2036)");
        assertThat(beforeCutOff.text()).contains(
                "Báo cáo công tác cải cách hành chính định kỳ năm 2036 của Sở Tư pháp phải gửi Sở Nội vụ chậm nhất "
                        + "ngày 17/12/2036.", "Còn 3 ngày làm việc đến hạn.",
                "Kỳ chốt số liệu: từ ngày 15/12/2035 đến ngày 14/12/2036.",
                "sẽ mở trên hệ thống từ ngày 15/12/2036",
                "Nếu đến ngày 22/12/2036 vẫn chưa thực hiện, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.")
                .doesNotContain("#/?task=");
        String taskId = engine.task(year, "prepareReport").getId();
        MailRenderer.RenderedMail open = render(alerts.sent(stem, "REMINDER:-1").get(0));
        assertThat(open.text()).contains("Còn 1 ngày làm việc đến hạn.", "Nhiệm vụ đang mở trên hệ thống",
                "#/?task=" + taskId).doesNotContain("Kỳ chốt số liệu");
        assertThat(open.html()).contains("#/?task=" + taskId, "17/12/2036");
        MailRenderer.RenderedMail toSnv = render(alerts.sent(stem, "ESCALATION:10").get(0));
        assertThat(toSnv.subject()).isEqualTo("[Báo cáo quá hạn] Sở Tư pháp chưa gửi báo cáo CCHC định kỳ năm 2036, "
                + "quá hạn 10 ngày làm việc (hạn 17/12/2036)");
        assertThat(toSnv.text()).contains("Nếu đến ngày 15/01/2037 vẫn chưa thực hiện, hệ thống sẽ báo cáo "
                + "Lãnh đạo UBND tỉnh và Ban Chỉ đạo CCHC tỉnh.");

        // the same alert written again (a retried job): nothing new
        Alert reminder = schedule.byCode(LocalDate.of(2036, 12, 17), "REMINDER:-3").orElseThrow();
        FollowedStep facts = new FollowedStep(FollowUpKind.REPORT, year.getBusinessKey(), null, null, JUSTICE,
                plan.id, LocalDate.of(2036, 12, 17), true, null, null, Map.of("periodTitle", "năm 2036"));
        assertThat(notifier.notify(facts, reminder)).isZero();
        assertThat(alerts.sent(stem, "REMINDER:-3")).hasSize(1);
    }

    @Test
    void reportSentOnTimeIsNotRemindedAgainAndItsTimersStop() {
        ProcessInstance q1 = report(ReportPeriod.Q1, FINANCE);
        assertThat(processEngine.getRuntimeService().getVariable(q1.getId(), ReportVariables.DUE_DATE_TEXT))
                .isEqualTo("17/03/2036");
        ProcessInstance loop = alerts.loop(q1, null);
        assertThat(List.of(alerts.fireNext(q1, loop), alerts.fireNext(q1, loop), alerts.fireNext(q1, loop)))
                .containsExactly(at(2036, 3, 3, 8), at(2036, 3, 12, 8), at(2036, 3, 14, 8));
        assertThat(q1).isWaitingAt("cutOffPassed", "reportAlerts");
        String stem = "report:" + q1.getBusinessKey();
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1");
        assertThat(render(alerts.sent(stem, "REMINDER:-1").get(0)).text()).contains(
                "Kỳ chốt số liệu: từ ngày 15/12/2035 đến ngày 14/03/2036.", "sẽ mở trên hệ thống từ ngày 15/03/2036",
                "chậm nhất ngày 17/03/2036", "Còn 1 ngày làm việc đến hạn.");

        // the task opens on 15/3; the official drafts and the head sends it on Monday 17/3, the due day
        AlertDriver.clock(LocalDate.of(2036, 3, 17));
        alerts.runDue(q1);
        engine.complete(engine.task(q1, "prepareReport"), "cv." + FINANCE, List.of(FINANCE, "agency-official"),
                Map.of(ReportVariables.REPORT_SUMMARY, "Đã giao quyền tự chủ cho 12 đơn vị sự nghiệp."));
        engine.complete(engine.task(q1, "approveReport"), "ld." + FINANCE, List.of(FINANCE, "agency-head"),
                Engine.decision(true, null));
        assertThat(q1).isWaitingAt("reviewReport");
        // the due day ends, then +3 working days (Thu 20/3): the ladder's steps fire while SNV reviews it, and
        // write nothing
        assertThat(alerts.fireNext(q1, loop)).isEqualTo(at(2036, 3, 18, 0));
        assertThat(alerts.fireNext(q1, loop)).isEqualTo(at(2036, 3, 20, 8));
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1");

        engine.complete(engine.task(q1, "reviewReport"), "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"),
                Engine.decision(true, null));
        assertThat(q1).isEnded();
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loop.getId())
                .count()).as("the alert loop ended with the report").isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(loop.getId()).count())
                .isZero();
    }

    private MailRenderer.RenderedMail render(Notification n) {
        return renderer.render(n.template(), n.data());
    }
}
