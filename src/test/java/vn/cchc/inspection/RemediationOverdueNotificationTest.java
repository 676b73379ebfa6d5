package vn.cchc.inspection;

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
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.reporting.Engine;
import vn.cchc.support.CchcIntegrationTest;

/** A finding not remedied by its deadline: the agency and SNV get one overdue mail each, naming the finding. */
@CchcIntegrationTest
class RemediationOverdueNotificationTest {

    private static final List<String> SNV = List.of("snv-specialist", "so-noi-vu");
    private static final List<String> JUSTICE = List.of("so-tu-phap", "agency-official");
    private static final String FINDING = "KT-2033:so-tu-phap:1";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void overdueRemediationTellsTheAgencyAndSnvOnceNamingTheFinding() {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        ProcessInstance justice = inspectJusticeInMarch2033(engine);
        engine.complete(engine.task(justice, "concludeInspection"), "chuyenvien.snv", SNV, Map.of(
                InspectionVariables.CONCLUSION, "Kết luận số 7/KL-SNV",
                InspectionVariables.FINDINGS_TEXT, "Chưa niêm yết <TTHC> & phí, lệ phí | 15/04/2033"));
        ProcessInstance remediation = engine.byKey(InspectionVariables.REMEDIATION_PROCESS_KEY, FINDING);
        assertThat(remediation).isWaitingAt("remedyFinding");

        Engine.clock(LocalDate.of(2033, 4, 15));
        run(engine);
        assertThat(notifications.withKeyPrefix("overdue:" + FINDING + ":")).as("not late on its due day").isEmpty();

        Engine.clock(LocalDate.of(2033, 4, 18));
        run(engine);
        List<Notification> rows = notifications.withKeyPrefix("overdue:" + FINDING + ":");
        assertThat(rows).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("sotuphap@vinhlong.gov.vn", "sonoivu@vinhlong.gov.vn");

        Notification toSnv = rows.stream().filter(n -> n.recipient().startsWith("sonoivu")).findFirst().orElseThrow();
        MailRenderer.RenderedMail mail = renderer.render(toSnv.template(), toSnv.data());
        String taskId = engine.task(remediation, "remedyFinding").getId();
        assertThat(mail.subject())
                .isEqualTo("[Quá hạn] Chưa khắc phục tồn tại sau kiểm tra CCHC — Sở Tư pháp (hạn 15/04/2033)");
        assertThat(mail.text()).contains("Kính gửi: Sở Nội vụ",
                "đã hết hạn khắc phục ngày 15/04/2033 mà chưa có báo cáo kết quả khắc phục",
                "Tồn tại: Chưa niêm yết <TTHC> & phí, lệ phí", "#/?task=" + taskId,
                "Khắc phục tồn tại sau kiểm tra CCHC");
        assertThat(mail.html()).contains("Chưa niêm yết &lt;TTHC&gt; &amp; phí, lệ phí", "15/04/2033")
                .doesNotContain("<TTHC>");

        // the agency reports, SNV returns it: the task is back past its deadline and its timer fires again
        Engine.clock(LocalDate.of(2033, 4, 19));
        engine.complete(engine.task(remediation, "remedyFinding"), "cv.so-tu-phap", JUSTICE,
                Map.of(InspectionVariables.REMEDY, "Đã niêm yết một phần"));
        engine.complete(engine.task(remediation, "closeFinding"), "chuyenvien.snv", SNV,
                Engine.decision(false, "Còn thiếu phí, lệ phí"));
        assertThat(remediation).isWaitingAt("remedyFinding");
        run(engine);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(remediation.getId()).activityId("recordRemedyOverdue").count()).isEqualTo(2);
        assertThat(notifications.withKeyPrefix("overdue:" + FINDING + ":")).as("nothing written twice")
                .extracting(Notification::id)
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(Notification::id).toList());
    }

    /** The 2033 round inspects Sở Tư pháp in March; the visit is on Tue 8/3 and the self-report comes on time. */
    private ProcessInstance inspectJusticeInMarch2033(Engine engine) {
        Engine.clock(LocalDate.of(2033, 1, 7));
        ProcessInstance year = processEngine.getRuntimeService().startProcessInstanceByKey(
                InspectionVariables.PROCESS_KEY, "KT-2033", Map.of(InspectionVariables.PLAN_YEAR, 2033));
        engine.complete(engine.task(year, "draftInspectionPlan"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.INSPECTION_LIST, "Sở Tư pháp | 3"));
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", List.of("ubnd-leader", "ubnd-tinh"),
                Engine.decision(true, null));
        ProcessInstance justice = engine.byKey(InspectionVariables.VISIT_PROCESS_KEY, "KT-2033:so-tu-phap");
        Engine.clock(LocalDate.of(2033, 2, 25));
        run(engine);
        engine.complete(engine.task(justice, "sendNotice"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_DATE, "08/03/2033"));
        Engine.clock(LocalDate.of(2033, 3, 1));
        engine.complete(engine.task(justice, "selfReport"), "cv.so-tu-phap", JUSTICE,
                Map.of(InspectionVariables.SELF_REPORT, "Báo cáo tự kiểm tra năm 2033"));
        Engine.clock(LocalDate.of(2033, 3, 8));
        engine.complete(engine.task(justice, "recordVisit"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_MINUTES, "Biên bản kiểm tra ngày 08/3/2033"));
        Engine.clock(LocalDate.of(2033, 3, 10));
        return justice;
    }

    private void run(Engine engine) {
        engine.runDueJobs(InspectionVariables.PLAN_YEAR, 2033);
    }
}
