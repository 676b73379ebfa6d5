package vn.cchc.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications: claim a batch (row locks with SKIP LOCKED, so workers on several nodes never take
 * the same row; the claim commits as SENDING with a lease), send the batch over one SMTP connection, then record
 * each outcome (SENT; or PENDING again with exponential back-off; or FAILED after the last attempt).
 * Stateless: any number of instances may run at once against one database.
 */
@Component
public class NotificationDelivery {

    static final String IN_DOUBT = "Không rõ thư đã được gửi hay chưa: tiến trình gửi dừng giữa chừng "
            + "(máy chủ khởi động lại hoặc mất kết nối cơ sở dữ liệu). Kiểm tra với người nhận trước khi gửi lại.";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Notifications notifications;
    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final TransactionTemplate tx;
    private final NotifyProperties.Delivery settings;
    private final Clock clock;

    public NotificationDelivery(Notifications notifications, MailComposer composer, JavaMailSender mailSender,
                                TransactionTemplate tx, NotifyProperties properties, Clock clock) {
        this.notifications = notifications;
        this.composer = composer;
        this.mailSender = mailSender;
        this.tx = tx;
        this.settings = properties.delivery();
        this.clock = clock;
    }

    /** Delivers batches until nothing is due or {@code maxRun} has passed; returns how many were sent. */
    public int drain() {
        long stopAt = System.nanoTime() + settings.maxRun().toNanos();
        tx.executeWithoutResult(s -> notifications.releaseExpiredLeases(LocalDateTime.now(clock),
                settings.resendInDoubt(), IN_DOUBT));
        int sent = 0;
        while (System.nanoTime() < stopAt) {
            List<Notification> batch = claimBatch();
            if (batch.isEmpty()) {
                break;
            }
            sent += deliver(batch);
        }
        return sent;
    }

    private List<Notification> claimBatch() {
        return tx.execute(s -> {
            LocalDateTime now = LocalDateTime.now(clock);
            List<Long> ids = notifications.lockDue(now, settings.batchSize());
            if (ids.isEmpty()) {
                return List.of();
            }
            notifications.claim(ids, now.plus(settings.lease()));
            return notifications.byIds(ids);
        });
    }

    private int deliver(List<Notification> batch) {
        Map<MimeMessage, Notification> messages = new IdentityHashMap<>();
        Map<Notification, String> subjects = new IdentityHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Notification n : batch) {
            try {
                MailComposer.Composed composed = composer.compose(n);
                messages.put(composed.message(), n);
                subjects.put(n, composed.subject());
            } catch (MessagingException | RuntimeException e) {
                outcomes.add(new Outcome(n, null, "Không tạo được thư: " + e.getMessage()));
            }
        }
        Map<Object, Exception> failed = send(messages);
        messages.forEach((message, n) -> {
            Exception error = failed.get(message);
            outcomes.add(new Outcome(n, subjects.get(n), error == null ? null : describe(error)));
        });
        tx.executeWithoutResult(s -> outcomes.forEach(this::record));
        return (int) outcomes.stream().filter(o -> o.error() == null).count();
    }

    private Map<Object, Exception> send(Map<MimeMessage, Notification> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                Map<Object, Exception> all = new IdentityHashMap<>();
                messages.keySet().forEach(m -> all.put(m, e));
                return all;
            }
            return failed;
        } catch (MailException e) {
            Map<Object, Exception> all = new IdentityHashMap<>();
            messages.keySet().forEach(m -> all.put(m, e));
            return all;
        }
    }

    private record Outcome(Notification notification, String subject, String error) {
    }

    private void record(Outcome o) {
        Notification n = o.notification();
        LocalDateTime now = LocalDateTime.now(clock);
        if (o.error() == null) {
            notifications.markSent(n.id(), o.subject(), now);
            return;
        }
        int attempts = n.attempts();
        if (attempts >= settings.maxAttempts()) {
            LOG.warn("notification {} failed for good after {} attempts: {}", n.key(), attempts, o.error());
            notifications.fail(n.id(), o.subject(), o.error());
        } else {
            Duration wait = Notifications.backoff(settings.firstRetry(), settings.maxRetry(), attempts);
            notifications.retryLater(n.id(), o.subject(), o.error(), now.plus(wait));
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
