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
import org.camunda.bpm.engine.task.Task;
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
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.reporting.par.SelfAssessmentScores;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Reminders of an agency's self-report before an inspection visit (2041) and the escalation of a PAR Index appraisal
 * that never comes (2042), on the engine clock. No holiday falls between May and July in either year (Giỗ Tổ is in
 * April, 30/4 and 1/5 are weekdays in 2041 and are before the dates used).
 */
@CchcIntegrationTest
class SelfReportAndAppraisalAlertsTest {

    private static final List<String> SNV = List.of("snv-specialist", "so-noi-vu");
    private static final List<String> JUSTICE = List.of("so-tu-phap", "agency-official");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;

    private Engine engine;
    private AlertDriver alerts;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
        alerts = new AlertDriver(processEngine, notifications);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Sở Tư pháp is inspected in June 2041. The first working day is Mon 3/6 (1–2/6 is a weekend), so the notice is
     * due 5 working days earlier, Mon 27/5. SNV sets the visit on Tue 18/6: the self-report is due 2 working days
     * before it, Fri 14/6. Reminders 10, 3 and 1 working days before 14/6: Fri 31/5, Tue 11/6, Thu 13/6 (08:00);
     * the head would be told 3 working days after it, Wed 19/6.
     */
    @Test
    void selfReportIsRemindedBeforeItsDueDayAndNothingFollowsItsSubmission() {
        AlertDriver.clock(LocalDate.of(2041, 1, 7));
        ProcessInstance year = processEngine.getRuntimeService().startProcessInstanceByKey("inspection", "KT-2041",
                Map.of("planYear", 2041));
        engine.complete(engine.task(year, "draftInspectionPlan"), "chuyenvien.snv", SNV,
                Map.of("inspectionList", "Sở Tư pháp | 6"));
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", List.of("ubnd-leader", "ubnd-tinh"),
                Engine.decision(true, null));
        ProcessInstance visit = engine.byKey("inspectionVisit", "KT-2041:so-tu-phap");
        AlertDriver.clock(LocalDate.of(2041, 5, 27));
        engine.runDueJobs("planYear", 2041);
        engine.complete(engine.task(visit, "sendNotice"), "chuyenvien.snv", SNV, Map.of("visitDate", "18/06/2041"));
        alerts.runDue(visit);

        ProcessInstance loop = alerts.loop(visit, null);
        List<Date> fired = new ArrayList<>();
        fired.add(alerts.fireNext(visit, loop));
        fired.add(alerts.fireNext(visit, loop));
        assertThat(fired).containsExactly(at(2041, 5, 31, 8), at(2041, 6, 11, 8));
        String stem = "inspectionSelfReport:KT-2041:so-tu-phap";
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3");
        List<Notification> threeDays = alerts.sent(stem, "REMINDER:-3");
        assertThat(threeDays).extracting(Notification::recipient).containsExactly("sotuphap@vinhlong.gov.vn");
        MailRenderer.RenderedMail mail = renderer.render(threeDays.get(0).template(), threeDays.get(0).data());
        assertThat(mail.subject()).isEqualTo("[Nhắc việc CCHC] Còn 3 ngày làm việc đến hạn gửi báo cáo tự kiểm tra "
                + "trước buổi kiểm tra ngày 18/06/2041 — Sở Tư pháp (hạn 14/06/2041)");
        String taskId = engine.task(visit, "selfReport").getId();
        assertThat(mail.text()).contains("Báo cáo tự kiểm tra trước buổi kiểm tra ngày 18/06/2041",
                "của Sở Tư pháp phải gửi Sở Nội vụ chậm nhất ngày 14/06/2041.", "Còn 3 ngày làm việc đến hạn.",
                "#/?task=" + taskId,
                "Nếu đến ngày 19/06/2041 vẫn chưa thực hiện, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.");
        assertThat(mail.html()).contains("trước buổi kiểm tra ngày <b>18/06/2041</b>", "#/?task=" + taskId);
        assertThat(alerts.nextAlertAt(loop)).isEqualTo(at(2041, 6, 13, 8));

        // sent on Wed 12/6: the loop ends with it and the visit goes on to SNV's record
        AlertDriver.clock(LocalDate.of(2041, 6, 12));
        engine.complete(engine.task(visit, "selfReport"), "cv.so-tu-phap", JUSTICE,
                Map.of("selfReport", "Báo cáo tự kiểm tra công tác CCHC năm 2041"));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loop.getId())
                .count()).isZero();
        assertThat(visit).isWaitingAt("recordVisit");

        // past the due day and the head's day: nothing more about the self-report, no overdue notice
        AlertDriver.clock(LocalDate.of(2041, 6, 20));
        engine.runDueJobs("planYear", 2041);
        assertThat(alerts.loops(visit)).isEmpty();
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3");
        assertThat(alerts.sent(stem, "OVERDUE:0")).isEmpty();
        assertThat(visit).isWaitingAt("recordVisit");
    }


    /**
     * The 2042 round opens Mon 2/6/2042: self-assessment due 15 working days later, Mon 23/6; appraisal due 10
     * working days after that, Mon 7/7. Reminders 10, 3 and 1 working days before 7/7: Mon 23/6, Wed 2/7, Fri 4/7;
     * +3 working days Thu 10/7 to the head of the appraising department; the next step, +10 working days, Mon 21/7.
     */
    @Test
    void appraiserThatNeverAppraisesIsEscalatedToItsHeadWhileAnAppraisedAreaStaysSilent() {
        AlertDriver.clock(LocalDate.of(2042, 6, 2));
        SamplePlan plan = new SamplePlan(jdbc, 2042).item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản",
                DeadlineKind.FIXED, LocalDate.of(2042, 9, 30), "so-tu-phap");
        processEngine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2042",
                Map.of("planId", plan.id, "planYear", 2042));
        ProcessInstance justice = engine.byKey("parAssessment", "PAR-2042:so-tu-phap");
        alerts.runDue(justice);
        AlertDriver.clock(LocalDate.of(2042, 6, 18));
        engine.complete(engine.task(justice, "selfAssess"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("scoresText", SelfAssessmentScores.ALL_CRITERIA));
        alerts.runDue(justice);

        ProcessInstance finance = alerts.loop(justice, "tai-chinh-cong");
        ProcessInstance legal = alerts.loop(justice, "the-che");
        List<Date> fired = new ArrayList<>();
        fired.add(alerts.fireNext(justice, finance));
        fired.add(alerts.fireNext(justice, finance));
        // Sở Tư pháp appraises its own area (institutional reform) on Thu 3/7, before its due day
        AlertDriver.clock(LocalDate.of(2042, 7, 3));
        Task legalArea = processEngine.getTaskService().createTaskQuery().processInstanceId(justice.getId())
                .taskDefinitionKey("appraiseArea").taskCandidateGroup("so-tu-phap").singleResult();
        engine.complete(legalArea, "cv.so-tu-phap", List.of("so-tu-phap"), Map.of());
        // its loop ends with it; the other departments' loops go on
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(legal.getId())
                .count()).isZero();
        fired.add(alerts.fireNext(justice, finance));
        fired.add(alerts.fireNext(justice, finance));
        fired.add(alerts.fireNext(justice, finance));
        assertThat(fired).containsExactly(at(2042, 6, 23, 8), at(2042, 7, 2, 8), at(2042, 7, 4, 8),
                at(2042, 7, 8, 0), at(2042, 7, 10, 8));

        String stem = "parAppraisal:PAR-2042:so-tu-phap:tai-chinh-cong";
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1", "OVERDUE:0",
                "ESCALATION:3");
        List<Notification> head = alerts.sent(stem, "ESCALATION:3");
        assertThat(head).extracting(Notification::recipientName).containsExactly("Lãnh đạo Sở Tài chính");
        assertThat(head).extracting(Notification::recipient).containsExactly("sotaichinh@vinhlong.gov.vn");
        MailRenderer.RenderedMail mail = renderer.render(head.get(0).template(), head.get(0).data());
        assertThat(mail.subject()).isEqualTo("[Báo cáo quá hạn] Sở Tài chính chưa thẩm định điểm Chỉ số CCHC năm "
                + "2042 của Sở Tư pháp, quá hạn 3 ngày làm việc (hạn 07/07/2042)");
        assertThat(mail.text()).contains("Kính gửi: Lãnh đạo Sở Tài chính",
                "Đã quá hạn 3 ngày làm việc mà Sở Tài chính chưa thực hiện. Đề nghị chỉ đạo xử lý.",
                "Tiêu chí: 4.1 Thực hiện cơ chế tự chủ tài chính",
                "Nếu đến ngày 21/07/2042 vẫn chưa thực hiện, hệ thống sẽ báo cáo Chuyên viên và Lãnh đạo Sở Nội vụ.");
    }
}
