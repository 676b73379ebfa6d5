package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/** People are told when work arrives: outbox rows written with the process step, rendered in Vietnamese. */
@CchcIntegrationTest
class WorkNoticesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;
    @Autowired
    Assignments assignments;
    @Autowired
    AssignmentExtensions extensions;
    @Autowired
    AlertRecipients recipients;
    @Autowired
    CchcProperties cchc;

    private static int counter;
    private String planId;
    private String decision;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 12, 1, 9, 0).atZone(DueDates.ZONE).toInstant()));
        planId = "KH-WORK-" + System.nanoTime() + "-" + (++counter);
        decision = counter + "" + (System.nanoTime() % 100000) + "/QĐ-UBND";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private MailRenderer.RenderedMail render(Notification n) {
        return renderer.render(n.template(), n.data());
    }

    @Test
    void consultedAgenciesAreAskedForCommentsWithTheDeadline() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"),
                plan.draft("so-tu-phap,so-tai-chinh", "2023-12-15"));
        plan.directorApproves();

        List<Notification> rows = notifications.withKeyPrefix("work:comments:" + planId + ":");
        assertThat(rows).extracting(Notification::agencyId).containsExactlyInAnyOrder("so-tu-phap", "so-tai-chinh");
        MailRenderer.RenderedMail mail = render(rows.get(0));
        assertThat(mail.subject()).isEqualTo(
                "[Lấy ý kiến] Góp ý dự thảo Kế hoạch cải cách hành chính năm 2024 — hạn 15/12/2023");
        assertThat(mail.text()).contains("đề nghị", "góp ý dự thảo Kế hoạch cải cách hành chính năm 2024",
                "trước hết ngày 15/12/2023", "Góp ý dự thảo kế hoạch", cchc.tasklistUrl());

        // the forms: who is consulted and by when (director's review, comment form), comments received (Tờ trình)
        var runtime = engine.getRuntimeService();
        assertThat(runtime.getVariable(plan.instance.getId(), PlanVariables.COMMENT_DEADLINE_TEXT))
                .isEqualTo("15/12/2023");
        assertThat((String) runtime.getVariable(plan.instance.getId(), PlanVariables.COMMENT_AGENCIES_TEXT))
                .contains("Sở Tư pháp", "Sở Tài chính");
        var justice = engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
                .taskDefinitionKey("collectComments").taskCandidateGroup("so-tu-phap").singleResult();
        plan.complete(justice, "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(PlanVariables.AGENCY_COMMENT, "Đề nghị bổ sung nhiệm vụ rà soát văn bản"));
        assertThat((String) runtime.getVariable(plan.instance.getId(), PlanVariables.COMMENTS_SUMMARY))
                .contains("Sở Tư pháp", "Đề nghị bổ sung nhiệm vụ rà soát văn bản");
    }

    @Test
    void aReturnedPlanTellsItsDraftersWhy() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        plan.complete("reviewDraft", "giamdoc.snv", List.of("snv-director", "so-noi-vu"),
                PlanDriver.decision(false, "Bổ sung nhiệm vụ số hóa hồ sơ"));

        List<Notification> rows = notifications.withKeyPrefix("work:planReturned:" + planId + ":");
        assertThat(rows).isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo("so-noi-vu"));
        MailRenderer.RenderedMail mail = render(rows.get(0));
        assertThat(mail.subject()).isEqualTo(
                "[Trả lại dự thảo] Kế hoạch cải cách hành chính năm 2024 — Xem xét dự thảo kế hoạch");
        assertThat(mail.text()).contains("Lý do: Bổ sung nhiệm vụ số hóa hồ sơ", "Soạn dự thảo kế hoạch");
        assertThat(mail.html()).contains("Bổ sung nhiệm vụ số hóa hồ sơ");
    }

    @Test
    void issuanceTellsEachAgencyOnceOfItsTasksThenReturnsAndExtensions() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.toIssued(decision);

        List<Notification> rows = notifications.withKeyPrefix("work:newTasks:" + planId + ":");
        assertThat(rows).extracting(Notification::agencyId)
                .containsExactlyInAnyOrder("so-noi-vu", "so-tu-phap", "van-phong-ubnd");
        Notification justice = rows.stream().filter(n -> n.agencyId().equals("so-tu-phap")).findFirst().orElseThrow();
        MailRenderer.RenderedMail mail = render(justice);
        assertThat(mail.subject()).isEqualTo(
                "[Giao nhiệm vụ CCHC] 1 nhiệm vụ giao Sở Tư pháp theo Kế hoạch cải cách hành chính năm 2024");
        assertThat(mail.text()).contains("Quyết định số " + decision, "Nhiệm vụ số 2: Rà soát, đánh giá thủ tục hành chính",
                "hạn xử lý: 01/07/2024", "Việc của đơn vị");
        assertThat(mail.html()).contains("Rà soát, đánh giá thủ tục hành chính", "01/07/2024");

        // SNV returns the agency's result with a reason
        ProcessInstance task = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKey(decision + ":2:so-tu-phap").singleResult();
        plan.complete(task("executeTask", task), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(PlanVariables.PRODUCT_REFERENCE, "Báo cáo số 1/BC-STP"));
        var review = task("acceptResult", task);
        plan.complete(review, "chuyenvien.snv", List.of("snv-specialist"),
                PlanDriver.decision(false, "Thiếu danh mục thủ tục đã rà soát"));
        List<Notification> returned = notifications.withKeyPrefix("work:returned:" + review.getId() + ":");
        assertThat(returned).isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo("so-tu-phap"));
        assertThat(render(returned.get(0)).subject())
                .isEqualTo("[Trả lại kết quả] Sở Nội vụ đề nghị bổ sung: Rà soát, đánh giá thủ tục hành chính");
        assertThat(render(returned.get(0)).text()).contains("Lý do: Thiếu danh mục thủ tục đã rà soát");

        // SNV grants Văn phòng UBND tỉnh an extension
        Assignments.Assignment office = assignments.ofPlan(planId).stream()
                .filter(a -> a.agencyId().equals("van-phong-ubnd")).findFirst().orElseThrow();
        extensions.extend(planId, 2, office.id(), "31/07/2024", "Chờ hướng dẫn của Bộ", "chuyenvien.snv");
        List<Notification> extended = notifications.withKeyPrefix("work:extension:" + office.id() + ":");
        assertThat(extended).isNotEmpty();
        MailRenderer.RenderedMail extension = render(extended.get(0));
        assertThat(extension.subject()).isEqualTo("[Gia hạn] Hạn mới 31/07/2024: Rà soát, đánh giá thủ tục hành chính");
        assertThat(extension.text()).contains("hạn cũ: 01/07/2024", "Lý do: Chờ hướng dẫn của Bộ");
    }

    @Test
    void aKindTurnedOffWritesNothing() {
        WorkNoticeProperties off = new WorkNoticeProperties(false, false, false, false, false, null, null);
        WorkNotices notices = new WorkNotices(notifications, recipients, off, cchc);
        assertThat(notices.commentRequested(planId, "Kế hoạch", List.of("so-tu-phap"), LocalDate.of(2024, 1, 5),
                "r1")).isZero();
        assertThat(notices.planReturned(planId, "Kế hoạch", "Xem xét", "lý do", 1)).isZero();
        assertThat(notifications.withKeyPrefix("work:comments:" + planId)).isEmpty();
    }
}
