package vn.cchc.reporting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.reporting.followup.AlertDriver.at;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.notify.Notification;
import vn.cchc.notify.NotificationDelivery;
import vn.cchc.notify.NotificationStatus;
import vn.cchc.notify.Notifications;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.TestSmtp;

/**
 * A periodic report's reminder goes from the {@code deadlineAlerts} loop through the outbox and the delivery (what
 * the Quartz delivery job runs; Quartz is off in tests, so it is run by hand) to a real SMTP server (GreenMail on
 * the test JVM's free SMTP port, TestSmtp), in Vietnamese and UTF-8.
 */
@CchcIntegrationTest
class DeadlineAlertMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationDelivery delivery;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Q3 2043: data cut-off 15/6–14/9/2043, the report task opens Tue 15/9. The province reports by 20/9, a Sunday,
     * so Mon 21/9; agencies 3 working days earlier: Wed 16/9. Reminders 10, 3 and 1 working days before 16/9:
     * Mon 31/8 (2/9 is a Wednesday, so 1/9 is the second National Day holiday), Fri 11/9, Tue 15/9 — the last with
     * the task open. The head would be told 3 working days after the due day: Mon 21/9.
     */
    @Test
    void reportReminderArrivesInVietnameseWithTheDueDateAndTheTasklistLink() throws Exception {
        AlertDriver.clock(LocalDate.of(2043, 1, 7));
        SamplePlan plan = new SamplePlan(jdbc, 2043).item(1, "II. CẢI CÁCH THỂ CHẾ",
                "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED, LocalDate.of(2043, 10, 30), "so-tu-phap");
        plan.startReportingCalendar(processEngine);
        AlertDriver alerts = new AlertDriver(processEngine, notifications);
        ProcessInstance report = new Engine(processEngine).byKey(ReportVariables.PROCESS_KEY,
                plan.reportKey(ReportPeriod.Q3, "so-tu-phap"));
        alerts.runDue(report);
        ProcessInstance loop = alerts.loop(report, null);
        List<Date> fired = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fired.add(alerts.fireNext(report, loop));
        }
        assertThat(fired).containsExactly(at(2043, 8, 31, 8), at(2043, 9, 11, 8), at(2043, 9, 15, 8));
        String taskId = processEngine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey("prepareReport").singleResult().getId();

        ClockUtil.setCurrentTime(at(2043, 9, 15, 9));
        delivery.drain();

        String key = "report:" + report.getBusinessKey() + ":REMINDER:-1:";
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> keyOf(m).startsWith(key))
                .findFirst().orElseThrow(() -> new AssertionError("no mail for " + key));
        assertThat(mail.getSubject()).isEqualTo("[Nhắc việc CCHC] Còn 1 ngày làm việc đến hạn gửi báo cáo CCHC định "
                + "kỳ Quý III năm 2043 — Sở Tư pháp (hạn 16/09/2043)");
        assertThat(mail.getHeader("Subject", null)).startsWithIgnoringCase("=?UTF-8?");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).singleElement()
                .satisfies(to -> assertThat(to).endsWith("<sotuphap@vinhlong.gov.vn>"));
        Part text = part(mail, "text/plain");
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(text.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
        assertThat((String) text.getContent()).contains("Kính gửi: Chuyên viên Sở Tư pháp",
                "Báo cáo công tác cải cách hành chính định kỳ Quý III năm 2043 của Sở Tư pháp phải gửi Sở Nội vụ "
                        + "chậm nhất ngày 16/09/2043.",
                "Còn 1 ngày làm việc đến hạn.",
                "Nhiệm vụ đang mở trên hệ thống, xem và xử lý: http://localhost:8080/camunda/app/tasklist/#/?task="
                        + taskId,
                "Nếu đến ngày 21/09/2043 vẫn chưa thực hiện, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.",
                "vui lòng không trả lời thư này.");
        String html = (String) part(mail, "text/html").getContent();
        assertThat(html).contains("Quý III năm 2043", "<b>16/09/2043</b>",
                "href=\"http://localhost:8080/camunda/app/tasklist/#/?task=" + taskId + "\"");
        assertThat(notifications.withKeyPrefix(key)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    private static String keyOf(MimeMessage m) {
        try {
            String[] h = m.getHeader("X-CCHC-Notification");  // the outbox row's idempotency key
            return h == null ? "" : MimeUtility.decodeText(MimeUtility.unfold(h[0]));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Part part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
