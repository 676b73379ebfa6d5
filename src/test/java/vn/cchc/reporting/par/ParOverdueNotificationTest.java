package vn.cchc.reporting.par;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/** A late PAR self-assessment tells the agency and SNV; a late appraisal tells each late department, SNV once. */
@CchcIntegrationTest
class ParOverdueNotificationTest {

    private static final String KEY = "PAR-2034:so-tu-phap";

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

    private static LocalDate day(Date due) {
        return LocalDate.ofInstant(due.toInstant(), DueDates.ZONE);
    }

    private static String vn(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void lateSelfAssessmentAndLateAppraisals() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2034, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2034)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2034, 3, 31),
                        "so-tu-phap")
                .done(1, "so-tu-phap", LocalDate.of(2034, 3, 20), false);
        Engine.clock(LocalDate.of(2035, 1, 5));
        processEngine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2034",
                Map.of("planId", plan.id, "planYear", 2034));
        ProcessInstance justice = engine.byKey("parAssessment", KEY);
        LocalDate selfDue = day(engine.task(justice, "selfAssess").getDueDate());

        Engine.clock(selfDue.plusDays(1));
        engine.runDueJobs("planYear", 2034);
        List<Notification> self = notifications.withKeyPrefix("overdue:" + KEY + ":recordSelfAssessmentOverdue:");
        assertThat(self).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("sotuphap@vinhlong.gov.vn", "sonoivu@vinhlong.gov.vn");
        MailRenderer.RenderedMail mail = renderer.render(self.get(0).template(), self.get(0).data());
        assertThat(mail.subject()).isEqualTo(
                "[Quá hạn] Chưa tự chấm điểm Chỉ số CCHC năm 2034 — Sở Tư pháp (hạn " + vn(selfDue) + ")");

        engine.complete(engine.task(justice, "selfAssess"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("scoresText", SelfAssessmentScores.ALL_CRITERIA));
        Task ownArea = processEngine.getTaskService().createTaskQuery().processInstanceId(justice.getId())
                .taskDefinitionKey("appraiseArea").taskCandidateGroup("so-tu-phap").singleResult();
        LocalDate appraisalDue = day(ownArea.getDueDate());
        engine.complete(ownArea, "thamdinh.stp", List.of("so-tu-phap"), Map.of());

        Engine.clock(appraisalDue.plusDays(1));
        engine.runDueJobs("planYear", 2034);
        List<Notification> appraisal = notifications.withKeyPrefix("overdue:" + KEY + ":recordAppraisalOverdue:");
        // the departments of the five areas still open (Sở Tài chính appraises two since it took over planning and
        // investment in 2025), and SNV once (its own area is one of the five)
        assertThat(appraisal).extracting(Notification::recipient).containsExactlyInAnyOrder(
                "vpubnd@vinhlong.gov.vn", "sotaichinh@vinhlong.gov.vn", "sokhcn@vinhlong.gov.vn",
                "sotaichinh@vinhlong.gov.vn", "sonoivu@vinhlong.gov.vn", "sonoivu@vinhlong.gov.vn");
        Notification summary = notifications.findByKey("overdue:" + KEY + ":recordAppraisalOverdue:"
                + "sonoivu@vinhlong.gov.vn").orElseThrow();
        String text = renderer.render(summary.template(), summary.data()).text();
        assertThat(text).contains("thẩm định điểm Chỉ số cải cách hành chính năm 2034 của Sở Tư pháp",
                "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Khoa học và Công nghệ",
                "hết hạn ngày " + vn(appraisalDue), "Thư này được gửi tới Sở Nội vụ")
                .as("its own area was appraised in time").doesNotContain("2.1 Xây dựng");
        Notification finance = appraisal.stream().filter(n -> n.recipient().startsWith("sotaichinh")).findFirst()
                .orElseThrow();
        assertThat(renderer.render(finance.template(), finance.data()).subject()).isEqualTo(
                "[Quá hạn] Chưa thẩm định điểm Chỉ số CCHC năm 2034 của Sở Tư pháp — Sở Tài chính (hạn "
                        + vn(appraisalDue) + ")");
    }
}
