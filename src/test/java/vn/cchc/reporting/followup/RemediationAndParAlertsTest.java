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
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.reporting.par.SelfAssessmentScores;
import vn.cchc.support.CchcIntegrationTest;

/** Reminders and escalation of a finding's remediation (2037) and of the PAR Index steps (2038), on the engine clock. */
@CchcIntegrationTest
class RemediationAndParAlertsTest {

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
     * A finding due Wed 15/04/2037. Reminders 10, 3, 1 working days before: Wed 1/4, Fri 10/4, Tue 14/4. After it
     * (Giỗ Tổ Fri 24/4, 30/4 and 1/5 off): +3 working days Mon 20/4 (head), repeat +7 days Wed 22/4, +14 Wed 29/4,
     * +10 working days Mon 4/5 (SNV), repeat +21 Wed 6/5.
     */
    @Test
    void findingIsRemindedThenEscalatedAndSilentOnceRemedied() {
        ProcessInstance visit = concludeWithFinding("Chưa công khai kết quả giải quyết hồ sơ TTHC | 15/04/2037");
        ProcessInstance remediation = engine.byKey("remediation", "KT-2037:so-tu-phap:1");
        alerts.runDue(remediation);
        ProcessInstance loop = alerts.loop(remediation, null);
        List<Date> fired = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fired.add(alerts.fireNext(remediation, loop));
        }
        assertThat(fired).containsExactly(at(2037, 4, 1, 8), at(2037, 4, 10, 8), at(2037, 4, 14, 8),
                at(2037, 4, 16, 0), at(2037, 4, 20, 8), at(2037, 4, 22, 8), at(2037, 4, 29, 8), at(2037, 5, 4, 8));
        String stem = "remediation:KT-2037:so-tu-phap:1";
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1", "OVERDUE:0",
                "ESCALATION:3", "REPEAT:7", "REPEAT:14", "ESCALATION:10");
        assertThat(alerts.sent(stem, "OVERDUE:0")).extracting(Notification::recipient)
                .containsExactly("sotuphap@vinhlong.gov.vn");
        assertThat(alerts.sent(stem, "ESCALATION:3")).extracting(Notification::recipientName)
                .containsExactly("Lãnh đạo Sở Tư pháp");
        assertThat(alerts.sent(stem, "ESCALATION:10")).extracting(Notification::recipient)
                .containsExactly("sonoivu@vinhlong.gov.vn");
        Notification reminder = alerts.sent(stem, "REMINDER:-3").get(0);
        MailRenderer.RenderedMail mail = renderer.render(reminder.template(), reminder.data());
        String taskId = engine.task(remediation, "remedyFinding").getId();
        assertThat(mail.subject()).isEqualTo("[Nhắc việc CCHC] Còn 3 ngày làm việc đến hạn khắc phục tồn tại sau "
                + "kiểm tra CCHC — Sở Tư pháp (hạn 15/04/2037)");
        assertThat(mail.text()).contains("Tồn tại: Chưa công khai kết quả giải quyết hồ sơ TTHC",
                "chậm nhất ngày 15/04/2037", "#/?task=" + taskId,
                "Nếu đến ngày 20/04/2037 vẫn chưa thực hiện, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.");

        // remedied (late) on 5/5: SNV checks it, the 6/5 repeat writes nothing; SNV closes it and the loop ends
        AlertDriver.clock(LocalDate.of(2037, 5, 5));
        engine.complete(engine.task(remediation, "remedyFinding"), "cv.so-tu-phap", JUSTICE,
                Map.of("remedy", "Đã công khai trên Cổng dịch vụ công"));
        assertThat(alerts.fireNext(remediation, loop)).isEqualTo(at(2037, 5, 6, 8));
        assertThat(alerts.codes(stem)).hasSize(8);
        engine.complete(engine.task(remediation, "closeFinding"), "chuyenvien.snv", SNV, Engine.decision(true, null));
        assertThat(remediation).isEnded();
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loop.getId())
                .count()).isZero();
        assertThat(visit).isEnded();
    }

    /** Sở Tư pháp is inspected in March 2037: visit Tue 10/3, conclusion on Thu 12/3 with one finding. */
    private ProcessInstance concludeWithFinding(String finding) {
        AlertDriver.clock(LocalDate.of(2037, 1, 7));
        ProcessInstance year = processEngine.getRuntimeService().startProcessInstanceByKey("inspection", "KT-2037",
                Map.of("planYear", 2037));
        engine.complete(engine.task(year, "draftInspectionPlan"), "chuyenvien.snv", SNV,
                Map.of("inspectionList", "Sở Tư pháp | 3"));
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", List.of("ubnd-leader", "ubnd-tinh"),
                Engine.decision(true, null));
        ProcessInstance visit = engine.byKey("inspectionVisit", "KT-2037:so-tu-phap");
        AlertDriver.clock(LocalDate.of(2037, 2, 25));
        engine.runDueJobs("planYear", 2037);
        engine.complete(engine.task(visit, "sendNotice"), "chuyenvien.snv", SNV, Map.of("visitDate", "10/03/2037"));
        AlertDriver.clock(LocalDate.of(2037, 3, 2));
        engine.complete(engine.task(visit, "selfReport"), "cv.so-tu-phap", JUSTICE,
                Map.of("selfReport", "Báo cáo tự kiểm tra năm 2037"));
        AlertDriver.clock(LocalDate.of(2037, 3, 10));
        engine.complete(engine.task(visit, "recordVisit"), "chuyenvien.snv", SNV,
                Map.of("visitMinutes", "Biên bản kiểm tra ngày 10/3/2037"));
        AlertDriver.clock(LocalDate.of(2037, 3, 12));
        engine.complete(engine.task(visit, "concludeInspection"), "chuyenvien.snv", SNV,
                Map.of("conclusion", "Kết luận số 3/KL-SNV", "findingsText", finding));
        return visit;
    }


    /**
     * The 2038 round opens Mon 4/1/2038: self-assessment due 15 working days later, Mon 25/1; reminders Mon 11/1,
     * Wed 20/1, Fri 22/1; +3 working days Thu 28/1 (head). Appraisal due 10 working days after 25/1 (Tết 3–9/2 off):
     * Mon 15/2; reminders 3 and 1 working days before: Wed 10/2, Fri 12/2.
     */
    @Test
    void parSelfAssessmentIsRemindedAndEscalatedThenEachAppraiserIsReminded() {
        AlertDriver.clock(LocalDate.of(2038, 1, 4));
        SamplePlan plan = new SamplePlan(jdbc, 2038).item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản",
                DeadlineKind.FIXED, LocalDate.of(2038, 3, 31), "so-tu-phap");
        processEngine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2038",
                Map.of("planId", plan.id, "planYear", 2038));
        ProcessInstance justice = engine.byKey("parAssessment", "PAR-2038:so-tu-phap");
        alerts.runDue(justice);
        ProcessInstance selfLoop = alerts.loop(justice, null);
        List<Date> fired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fired.add(alerts.fireNext(justice, selfLoop));
        }
        assertThat(fired).containsExactly(at(2038, 1, 11, 8), at(2038, 1, 20, 8), at(2038, 1, 22, 8),
                at(2038, 1, 26, 0), at(2038, 1, 28, 8));
        String stem = "parSelfAssessment:PAR-2038:so-tu-phap";
        assertThat(alerts.codes(stem)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1", "OVERDUE:0",
                "ESCALATION:3");
        assertThat(alerts.sent(stem, "ESCALATION:3")).extracting(Notification::recipientName)
                .containsExactly("Lãnh đạo Sở Tư pháp");
        Notification head = alerts.sent(stem, "ESCALATION:3").get(0);
        assertThat(renderer.render(head.template(), head.data()).subject()).isEqualTo("[Báo cáo quá hạn] Sở Tư pháp "
                + "chưa tự chấm điểm Chỉ số CCHC năm 2038, quá hạn 3 ngày làm việc (hạn 25/01/2038)");

        // scored on Tue 2/2: the self-assessment's loop ends with it; one loop per appraised area starts
        AlertDriver.clock(LocalDate.of(2038, 2, 2));
        engine.complete(engine.task(justice, "selfAssess"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("scoresText", SelfAssessmentScores.ALL_CRITERIA));
        alerts.runDue(justice);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(selfLoop.getId())
                .count()).isZero();
        assertThat(alerts.loops(justice)).hasSize(6);
        ProcessInstance finance = alerts.loop(justice, "tai-chinh-cong");
        assertThat(alerts.fireNext(justice, finance)).isEqualTo(at(2038, 2, 10, 8));
        List<Notification> toFinance = alerts.sent("parAppraisal:PAR-2038:so-tu-phap:tai-chinh-cong", "REMINDER:-3");
        assertThat(toFinance).extracting(Notification::recipient).containsExactly("sotaichinh@vinhlong.gov.vn");
        MailRenderer.RenderedMail mail = renderer.render(toFinance.get(0).template(), toFinance.get(0).data());
        assertThat(mail.subject()).isEqualTo("[Nhắc việc CCHC] Còn 3 ngày làm việc đến hạn thẩm định điểm Chỉ số "
                + "CCHC năm 2038 của Sở Tư pháp — Sở Tài chính (hạn 15/02/2038)");
        assertThat(mail.text()).contains("Tiêu chí: 4.1 Thực hiện cơ chế tự chủ tài chính", "do Sở Tài chính thực hiện");
    }
}
