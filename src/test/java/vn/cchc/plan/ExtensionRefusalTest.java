package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/**
 * SNV refuses an agency an extension on the item's follow-up page: the due date stays, the history records who
 * refused and why, and the agency is told through the outbox ("gia hạn bị từ chối"), unless that kind is off.
 */
@CchcIntegrationTest
class ExtensionRefusalTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;
    @Autowired
    Assignments assignments;
    @Autowired
    Amendments history;
    @Autowired
    AlertRecipients recipients;
    @Autowired
    CchcProperties cchc;
    @Autowired
    Plans plans;

    private static int counter;
    private String planId;
    private Assignments.Assignment office;
    private String itemPage;

    @BeforeEach
    void issuedPlan() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 12, 1, 9, 0).atZone(DueDates.ZONE).toInstant()));
        planId = "KH-REF-" + System.nanoTime() + "-" + (++counter);
        new PlanDriver(engine, planId).toIssued(counter + "" + (System.nanoTime() % 100000) + "/QĐ-UBND");
        office = assignments.ofPlan(planId).stream().filter(a -> a.agencyId().equals("van-phong-ubnd")).findFirst()
                .orElseThrow();
        itemPage = "/plans/" + planId + "/items/2";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void snvRefusesAnExtensionWithAReasonAndTheAgencyIsTold() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        assertThat(snv.get(itemPage).body()).contains("Từ chối gia hạn", "Lý do từ chối gia hạn");

        // without a reason: 422 naming the field, nothing recorded or sent
        HttpResponse<String> noReason = snv.postForm(itemPage + "/extension-refusal",
                Map.of("assignmentId", office.id(), "reason", " "), itemPage);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Lý do từ chối gia hạn: chưa nhập");
        assertThat(notifications.withKeyPrefix("work:extensionRefused:" + office.id() + ":")).isEmpty();

        HttpResponse<String> refused = snv.postForm(itemPage + "/extension-refusal",
                Map.of("assignmentId", office.id(), "reason", "Đã gia hạn một lần, không có lý do mới"), itemPage);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("?done=extension-refusal");

        // the due date stays; the history says who refused, for whom and why
        assertThat(assignments.find(office.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        Amendment h = history.ofItem(planId, 2).stream()
                .filter(a -> a.kind() == Amendment.Kind.EXTENSION_REFUSED).findFirst().orElseThrow();
        assertThat(h.agencyId()).isEqualTo("van-phong-ubnd");
        assertThat(h.changedBy()).isEqualTo("chuyenvien.snv");
        assertThat(h.reason()).isEqualTo("Đã gia hạn một lần, không có lý do mới");
        assertThat(h.oldValue()).isEqualTo("01/07/2024").isEqualTo(h.newValue());
        assertThat(snv.get(itemPage).body()).contains("Từ chối gia hạn", "Đã gia hạn một lần, không có lý do mới");

        // the agency is told, in Vietnamese, with the reason and the due date that stays
        List<Notification> rows = notifications.withKeyPrefix("work:extensionRefused:" + office.id() + ":1:");
        assertThat(rows).isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo("van-phong-ubnd"));
        MailRenderer.RenderedMail mail = renderer.render(rows.get(0).template(), rows.get(0).data());
        assertThat(mail.subject())
                .isEqualTo("[Không gia hạn] Giữ hạn 01/07/2024: Rà soát, đánh giá thủ tục hành chính");
        assertThat(mail.text()).contains("Sở Nội vụ không đồng ý gia hạn nhiệm vụ \"Rà soát, đánh giá thủ tục hành "
                        + "chính\"", "Hạn xử lý giữ nguyên: 01/07/2024", "Lý do: Đã gia hạn một lần, không có lý do mới",
                cchc.tasklistUrl());
        assertThat(mail.html()).contains("không đồng ý gia hạn", "Đã gia hạn một lần, không có lý do mới");

        // the same refusal sent again (a double click): not recorded, the agency not told twice
        HttpResponse<String> again = snv.postForm(itemPage + "/extension-refusal",
                Map.of("assignmentId", office.id(), "reason", "Đã gia hạn một lần, không có lý do mới"), itemPage);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Việc từ chối gia hạn này đã được ghi nhận lúc");
        assertThat(history.ofItem(planId, 2)).filteredOn(a -> a.kind() == Amendment.Kind.EXTENSION_REFUSED)
                .hasSize(1);
        assertThat(notifications.withKeyPrefix("work:extensionRefused:" + office.id() + ":2:")).isEmpty();

        // a second refusal is a second mail
        snv.postForm(itemPage + "/extension-refusal",
                Map.of("assignmentId", office.id(), "reason", "Vẫn không đủ căn cứ"), itemPage);
        assertThat(notifications.withKeyPrefix("work:extensionRefused:" + office.id() + ":2:")).isNotEmpty();
    }

    @Test
    void onlySnvMayRefuseAndAnOffSwitchSendsNothing() {
        // the agency itself, and a leader who only reads the follow-up, are refused by the chain
        for (String user : List.of("cv.van-phong-ubnd", "chutich.ubnd")) {
            HttpResponse<String> attempt = PageSession.as(port, user).postForm(itemPage + "/extension-refusal",
                    Map.of("assignmentId", office.id(), "reason", "tự từ chối"), "/reports");
            assertThat(attempt.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(history.ofItem(planId, 2)).noneMatch(a -> a.kind() == Amendment.Kind.EXTENSION_REFUSED);

        WorkNoticeProperties off = new WorkNoticeProperties(true, true, true, true, true, null, null, false);
        WorkNotices notices = new WorkNotices(notifications, recipients, off, cchc);
        Plan plan = plans.find(planId).orElseThrow();
        assertThat(notices.extensionRefused(plan, office.id(), "van-phong-ubnd", "Nhiệm vụ",
                LocalDate.of(2024, 7, 1), "lý do", 9)).isZero();
        assertThat(notifications.withKeyPrefix("work:extensionRefused:" + office.id() + ":9:")).isEmpty();
        // on by default, and when the setting is missing
        assertThat(new WorkNoticeProperties(null, null, null, null, null, null, null).extensionRefused()).isTrue();
    }
}
