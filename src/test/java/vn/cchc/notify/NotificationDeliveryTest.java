package vn.cchc.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.followup.TaskFixture;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.TestSmtp;

/**
 * Delivery over real SMTP (GreenMail on the test JVM's free SMTP port, TestSmtp) from the outbox on real PostgreSQL:
 * content and encoding, SMTP outages, permanent failure and resend, two workers on one database.
 */
@CchcIntegrationTest
class NotificationDeliveryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationDelivery delivery;
    @Autowired
    MailComposer composer;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    NotifyProperties properties;
    @Autowired
    Clock clock;

    private static final Map<String, Object> DIGEST = Map.of("agencyName", "Sở Y tế", "today", "08/04/2024",
            "horizon", 15, "overdue", List.of(), "upcoming", List.of(), "tasklistUrl", "http://x/");
    private GreenMail smtp;
    private final String run = "test:" + System.nanoTime() + ":";

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(new Date());
    }

    @AfterEach
    void stop() {
        smtpDown();
        ClockUtil.reset();
    }

    private void smtpUp() {
        smtp = new GreenMail(TestSmtp.setup());
        smtp.start();
    }

    private void smtpDown() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private void later(Duration d) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + d.toMillis()));
    }

    private void enqueue(int count) {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                notifications.enqueue(new NewNotification(run + i, "cv" + i + "@vinhlong.gov.vn", "Chuyên viên " + i,
                        "so-y-te", "KH-DELIVERY", "digest", DIGEST));
            }
        });
    }

    /** Messages of this test run received by GreenMail, counted by idempotency key. */
    private Map<String, Long> receivedByKey() throws Exception {
        List<String> keys = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String key = m.getHeader(MailComposer.KEY_HEADER, null);
            if (key != null && key.startsWith(run)) {
                keys.add(key);
            }
        }
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private List<Notification> rows() {
        return notifications.withKeyPrefix(run);
    }

    @Test
    void reminderArrivesInVietnameseWithTheLinkToTheTaskAndNoInjectedHeader() throws Exception {
        smtpUp();
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        TaskFixture plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
        ProcessInstance pi = plan.start(1, "so-y-te", "Sở Y tế",
                "Rà soát <script>alert(1)</script> thủ tục\r\nBcc: attacker@evil.example", "Quý I/2024",
                LocalDate.of(2024, 4, 1));
        plan.runDueJobs(pi);
        plan.fireNextTimer(pi); // 18/03: 10 working days
        plan.fireNextTimer(pi); // 27/03: 3 working days
        ClockUtil.setCurrentTime(at(2024, 3, 27, 8, 1));
        delivery.drain();

        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> header(m).startsWith(
                "planTask:" + pi.getBusinessKey() + ":REMINDER:-3:")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("[Nhắc việc CCHC] Còn 3 ngày làm việc đến hạn 01/04/2024: "
                + "Rà soát <script>alert(1)</script> thủ tục Bcc: attacker@evil.example");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getAllRecipients()).extracting(Object::toString)
                .containsExactly("=?UTF-8?Q?Chuy=C3=AAn_vi=C3=AAn_S=E1=BB=9F_Y_t=E1=BA=BF?= <soyte@vinhlong.gov.vn>");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains("Kính gửi: Chuyên viên Sở Y tế",
                "còn 3 ngày làm việc đến hạn (01/04/2024)",
                "Kế hoạch: Kế hoạch cải cách hành chính năm 2024 (Quyết định số " + plan.decision + ")",
                "Thời hạn theo kế hoạch: Quý I/2024 — Hạn xử lý: 01/04/2024",
                "http://localhost:8080/camunda/app/tasklist/#/?task=" + taskId,
                "Nếu đến ngày 04/04/2024 nhiệm vụ vẫn chưa hoàn thành, hệ thống sẽ báo cáo Thủ trưởng cơ quan chủ trì.");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("href=\"http://localhost:8080/camunda/app/tasklist/#/?task=" + taskId + "\"");
        assertThat(notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":REMINDER:-3:"))
                .singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String header(MimeMessage m) {
        try {
            String h = m.getHeader(MailComposer.KEY_HEADER, null);
            return h == null ? "" : h;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void duplicateKeyIsIgnoredAndTheCallersTransactionGoesOn() {
        Boolean[] written = new Boolean[3];
        tx.executeWithoutResult(s -> {
            written[0] = notifications.enqueue(new NewNotification(run + "a", "a@vinhlong.gov.vn", null, null, null,
                    "digest", DIGEST));
            written[1] = notifications.enqueue(new NewNotification(run + "a", "a@vinhlong.gov.vn", null, null, null,
                    "digest", DIGEST));
            written[2] = notifications.enqueue(new NewNotification(run + "b", "b@vinhlong.gov.vn", null, null, null,
                    "digest", DIGEST));
        });
        assertThat(written).containsExactly(true, false, true);
        assertThat(rows()).hasSize(2);

        tx.executeWithoutResult(s -> {
            notifications.enqueue(new NewNotification(run + "c", "c@vinhlong.gov.vn", null, null, null, "digest",
                    DIGEST));
            s.setRollbackOnly();
        });
        assertThat(rows()).extracting(Notification::key).containsExactly(run + "a", run + "b");
    }

    @Test
    void whileSmtpIsDownNothingIsLostAndAfterwardsEachArrivesOnce() throws Exception {
        enqueue(5);
        delivery.drain();
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.lastError()).isNotBlank();
        });
        delivery.drain(); // nothing due before the back-off
        assertThat(rows()).allSatisfy(n -> assertThat(n.attempts()).isEqualTo(1));
        later(properties.delivery().firstRetry());
        delivery.drain();
        assertThat(rows()).allSatisfy(n -> assertThat(n.attempts()).isEqualTo(2));

        smtpUp();
        later(properties.delivery().firstRetry().multipliedBy(2));
        delivery.drain();
        delivery.drain();
        assertThat(receivedByKey()).hasSize(5).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(rows()).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void afterTheLastAttemptTheFailureIsKeptAndSnvCanResend() throws Exception {
        enqueue(1);
        for (int i = 0; i < properties.delivery().maxAttempts(); i++) {
            delivery.drain();
            later(properties.delivery().maxRetry());
        }
        assertThat(rows()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.attempts()).isEqualTo(properties.delivery().maxAttempts());
            assertThat(n.lastError()).contains("Connection refused");
        });
        delivery.drain();
        assertThat(rows().get(0).attempts()).isEqualTo(properties.delivery().maxAttempts());

        smtpUp();
        assertThat(notifications.resend(rows().get(0).id())).isTrue();
        delivery.drain();
        assertThat(receivedByKey()).containsExactly(Map.entry(run + "0", 1L));
        assertThat(rows().get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aMessageAWorkerDiedWhileSendingIsNotSentAgainButShownToSnv() throws Exception {
        smtpUp();
        enqueue(1);
        long id = rows().get(0).id();
        // a worker claimed it and died before recording the outcome (the SMTP server may or may not have it)
        tx.executeWithoutResult(s -> notifications.claim(List.of(id),
                LocalDateTime.now(clock).plus(properties.delivery().lease())));
        delivery.drain();
        assertThat(rows().get(0).status()).isEqualTo(NotificationStatus.SENDING);

        later(properties.delivery().lease().plusSeconds(1));
        delivery.drain();
        assertThat(rows().get(0)).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.lastError()).startsWith("Không rõ thư đã được gửi hay chưa");
        });
        assertThat(receivedByKey()).isEmpty();
    }

    /**
     * A second node is a second worker with its own database connections: the guarantee lives in PostgreSQL's row
     * locks and the SENDING claim, not in anything the JVM shares, so two workers in one JVM on separate
     * connections exercise the same locking as two application contexts would.
     */
    @Test
    void twoWorkersOnOneDatabaseDeliverEachNotificationExactlyOnce() throws Exception {
        smtpUp();
        enqueue(120);
        NotifyProperties small = new NotifyProperties(properties.from(), properties.fromName(),
                new NotifyProperties.Delivery(2, Duration.ofSeconds(10), 5, 8, Duration.ofMinutes(1),
                        Duration.ofHours(2), Duration.ofMinutes(5), false, Duration.ofMinutes(1)), properties.digest());
        NotificationDelivery nodeA = new NotificationDelivery(notifications, composer, mailSender, tx, small, clock);
        NotificationDelivery nodeB = new NotificationDelivery(notifications, composer, mailSender, tx, small, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> workers = List.of(nodeA::drain, nodeB::drain);
            int sent = 0;
            for (var f : pool.invokeAll(workers)) {
                sent += f.get();
            }
            assertThat(sent).isGreaterThanOrEqualTo(120);
        } finally {
            pool.shutdown();
        }
        assertThat(receivedByKey()).hasSize(120).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(rows()).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }
}
