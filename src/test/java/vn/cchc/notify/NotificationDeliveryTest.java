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
import java.time.temporal.ChronoUnit;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
    @Autowired
    DataSource dataSource;
    @Autowired
    SqlDialect dialect;

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

    /** What a worker's claim does, to this test's rows only (other tests' rows may be due in the shared database). */
    private LocalDateTime claimed(List<Long> ids) {
        LocalDateTime until = LocalDateTime.now(clock).plus(properties.delivery().lease())
                .truncatedTo(ChronoUnit.MILLIS);
        tx.executeWithoutResult(s -> notifications.claim(ids, until));
        return until;
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
        // a worker claimed it, marked it SENDING and died before recording the outcome (the SMTP server may or may
        // not have it)
        LocalDateTime until = claimed(List.of(id));
        assertThat(delivery.startSending(rows().get(0), until, until)).isTrue();
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

    /**
     * A worker claims four, sends the first, marks the second SENDING and dies during its SMTP conversation (the
     * crash is the test not going on; the lease expiry is the engine clock moved past it): only the second is in
     * doubt, the third and fourth were never in flight and are delivered by the next worker, once each.
     */
    @Test
    void aWorkerThatStopsMidBatchLeavesOnlyTheMessageInFlightInDoubt() throws Exception {
        smtpUp();
        enqueue(4);
        List<Notification> batch = rows();
        LocalDateTime until = claimed(batch.stream().map(Notification::id).toList());
        delivery.drain(); // another worker meanwhile: the claimed rows are not due for it
        assertThat(rows()).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.PENDING));
        assertThat(receivedByKey()).isEmpty();

        assertThat(delivery.deliver(batch.get(0), until)).isTrue();
        assertThat(delivery.startSending(batch.get(1), until, until)).isTrue();
        assertThat(rows()).extracting(Notification::status).containsExactly(NotificationStatus.SENT,
                NotificationStatus.SENDING, NotificationStatus.PENDING, NotificationStatus.PENDING);

        later(properties.delivery().lease().plusSeconds(1));
        delivery.drain();
        List<Notification> after = rows();
        assertThat(after).extracting(Notification::status).containsExactly(NotificationStatus.SENT,
                NotificationStatus.FAILED, NotificationStatus.SENT, NotificationStatus.SENT);
        assertThat(after.get(1).lastError()).isEqualTo(NotificationDelivery.IN_DOUBT);
        assertThat(after).extracting(Notification::attempts).containsExactly(1, 1, 1, 1);
        assertThat(receivedByKey()).containsOnlyKeys(run + "0", run + "2", run + "3")
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
    }

    /**
     * A batch goes over one SMTP connection (a provincial mail server limits connections per client; a connection
     * per message was also the burst's bottleneck), and still each message is recorded SENT on its own. The
     * connections are counted by a TCP relay in front of GreenMail.
     */
    @Test
    void aBatchIsSentOverOneSmtpConnection() throws Exception {
        smtpUp();
        enqueue(12);
        try (ConnectionCountingRelay relay = new ConnectionCountingRelay(TestSmtp.port())) {
            JavaMailSenderImpl viaRelay = new JavaMailSenderImpl();
            viaRelay.setHost("localhost");
            viaRelay.setPort(relay.port());
            viaRelay.setJavaMailProperties(((JavaMailSenderImpl) mailSender).getJavaMailProperties());
            NotificationDelivery worker = new NotificationDelivery(notifications, composer, viaRelay, tx, properties,
                    clock);
            List<Notification> batch = rows();
            LocalDateTime until = claimed(batch.stream().map(Notification::id).toList());

            List<Notification> claimedBatch = notifications.byIds(batch.stream().map(Notification::id).toList());
            assertThat(worker.deliver(new NotificationDelivery.Claim(claimedBatch, until))).isEqualTo(12);

            assertThat(relay.accepted()).isEqualTo(1);
        }
        assertThat(receivedByKey()).hasSize(12).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(rows()).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.attempts()).isEqualTo(1);
        });
    }

    /** Accepts TCP connections on a free port and relays each to {@code target}, counting them. */
    static final class ConnectionCountingRelay implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicInteger accepted = new AtomicInteger();
        private final ExecutorService pumps = Executors.newCachedThreadPool();

        ConnectionCountingRelay(int target) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            pumps.submit(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        accepted.incrementAndGet();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        pumps.submit(() -> pump(client, upstream));
                        pumps.submit(() -> pump(upstream, client));
                    } catch (IOException closed) {
                        return null;
                    }
                }
                return null;
            });
        }

        private static Void pump(Socket from, Socket to) {
            try (InputStream in = from.getInputStream()) {
                in.transferTo(to.getOutputStream());
            } catch (IOException ignored) {
                // the other side closed
            } finally {
                try {
                    to.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
            }
            return null;
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
            pumps.shutdownNow();
        }
    }

    /** A slow worker whose claim expired and was taken over by another worker does not send the row. */
    @Test
    void aWorkerWhoseClaimWasTakenOverDoesNotSend() throws Exception {
        smtpUp();
        enqueue(1);
        Notification row = rows().get(0);
        LocalDateTime first = claimed(List.of(row.id()));
        later(properties.delivery().lease().plusSeconds(1));
        LocalDateTime second = claimed(List.of(row.id()));

        assertThat(delivery.deliver(row, first)).isFalse();
        assertThat(receivedByKey()).isEmpty();
        assertThat(delivery.deliver(row, second)).isTrue();
        assertThat(receivedByKey()).containsExactly(Map.entry(run + "0", 1L));
    }

    /**
     * The database is away right after the SMTP server accepted a message: the first three attempts to write its
     * outcome cannot get a connection. Faithful to a PostgreSQL restart: the failure is the one Hikari gives while
     * the database is down ({@link SQLTransientConnectionException} from {@code getConnection()}), raised at the same
     * place, so it goes through the real transaction manager and JDBC code; the write that finally succeeds is a real
     * one on the real database.
     */
    @Test
    void anOutcomeWriteThatFailsTransientlyIsRetriedAndTheRowEndsSent() throws Exception {
        smtpUp();
        enqueue(1);
        FlakyDataSource flaky = new FlakyDataSource(dataSource);
        NotificationDelivery worker = new NotificationDelivery(new Notifications(JdbcClient.create(flaky), dialect, clock),
                composer, new DatabaseGoesAwayAfterSending(mailSender, flaky, 3),
                new TransactionTemplate(new DataSourceTransactionManager(flaky)), properties, clock);
        Notification row = rows().get(0);
        LocalDateTime until = claimed(List.of(row.id()));

        assertThat(worker.deliver(row, until)).isTrue();
        assertThat(flaky.refused).isEqualTo(3);
        assertThat(rows()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.attempts()).isEqualTo(1);
        });
        assertThat(receivedByKey()).containsExactly(Map.entry(run + "0", 1L));

        later(properties.delivery().lease().plusSeconds(1));
        delivery.drain(); // the lease-expiry path leaves a recorded outcome alone
        assertThat(rows().get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    /** Refuses the next {@code failing} connections as Hikari does while the database is down. */
    static final class FlakyDataSource extends DelegatingDataSource {
        int failing;
        int refused;

        FlakyDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (failing > 0) {
                failing--;
                refused++;
                throw new SQLTransientConnectionException("Connection is not available (test: database away)");
            }
            return super.getConnection();
        }
    }

    /** The real SMTP send, after which the database goes away for {@code failures} connection attempts. */
    record DatabaseGoesAwayAfterSending(JavaMailSender target, FlakyDataSource database, int failures)
            implements JavaMailSender {
        @Override
        public MimeMessage createMimeMessage() {
            return target.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream content) {
            return target.createMimeMessage(content);
        }

        @Override
        public void send(MimeMessage... messages) {
            target.send(messages);
            database.failing = failures;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            target.send(messages);
            database.failing = failures;
        }
    }
}
