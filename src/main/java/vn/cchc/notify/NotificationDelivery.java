package vn.cchc.notify;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.shared.Texts;

/**
 * Delivers due notifications, at most once each. A worker claims a batch (row locks with SKIP LOCKED, so workers on
 * several nodes never take the same row; the claim commits with a lease but leaves the rows PENDING), then sends the
 * batch over one SMTP connection, one message in flight at a time: a message is marked SENDING (committed) before it
 * is handed to the SMTP server, and its outcome (SENT; or PENDING again with exponential back-off; or FAILED after the
 * last attempt) is committed in the same transaction that marks the next message SENDING, so a message costs one
 * commit. A worker that dies leaves at most the one message it was sending in doubt; the rest of its batch is due
 * again when the lease ends. The outcome of a message the SMTP server accepted is kept and its write retried, while
 * the database is briefly away, until the message's lease ends. Stateless: any number of instances may run at once
 * against one database.
 */
@Component
public class NotificationDelivery {

    static final String IN_DOUBT = Texts.get("notify.inDoubt");
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

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
            Claim claim = claim();
            if (claim.batch().isEmpty()) {
                break;
            }
            sent += deliver(claim);
        }
        return sent;
    }

    /** Sends a claimed batch over one SMTP connection, one message in flight at a time; returns how many were sent. */
    int deliver(Claim claim) {
        List<Notification> batch = claim.batch();
        int sent = 0;
        try (SmtpConnection smtp = new SmtpConnection(mailSender)) {
            InFlight current = tx.execute(s -> startFirst(batch, 0, claim.until()));
            while (current != null) {
                Outcome outcome = send(batch.get(current.index()), smtp);
                if (outcome.error() == null) {
                    sent++;
                }
                current = recordAndStartNext(outcome, current, batch, claim.until());
            }
        }
        return sent;
    }

    /** The message of the batch being sent, and the lease of its SENDING stamp. */
    private record InFlight(int index, LocalDateTime sendingUntil) {
    }

    /** Marks the first message from {@code from} whose claim is still ours SENDING; null when none is left. */
    private InFlight startFirst(List<Notification> batch, int from, LocalDateTime claimedUntil) {
        LocalDateTime sendingUntil = now().plus(settings.lease());
        for (int i = from; i < batch.size(); i++) {
            if (notifications.startSending(batch.get(i).id(), claimedUntil, sendingUntil)) {
                return new InFlight(i, sendingUntil);
            }
            LOG.info("notification {} was claimed by another worker after this worker's lease ended",
                    batch.get(i).key());
        }
        return null;
    }

    /** A batch reserved for this worker until {@code until} (the claim's token, see {@link Notifications#claim}). */
    record Claim(List<Notification> batch, LocalDateTime until) {
    }

    Claim claim() {
        return tx.execute(s -> {
            LocalDateTime now = now();
            List<Long> ids = notifications.lockDue(now, settings.batchSize());
            if (ids.isEmpty()) {
                return new Claim(List.of(), null);
            }
            LocalDateTime until = now.plus(settings.lease());
            notifications.claim(ids, until);
            return new Claim(notifications.byIds(ids), until);
        });
    }

    /**
     * Marks one claimed notification SENDING, sends it and records the outcome. Returns true when the SMTP server
     * accepted it; false when it failed, or when the claim was no longer ours (then nothing is sent).
     */
    boolean deliver(Notification n, LocalDateTime claimedUntil) {
        LocalDateTime sendingUntil = now().plus(settings.lease());
        if (!startSending(n, claimedUntil, sendingUntil)) {
            LOG.info("notification {} was claimed by another worker after this worker's lease ended", n.key());
            return false;
        }
        Outcome outcome;
        try (SmtpConnection smtp = new SmtpConnection(mailSender)) {
            outcome = send(n, smtp);
        }
        recordAndStartNext(outcome, new InFlight(0, sendingUntil), List.of(n), claimedUntil);
        return outcome.error() == null;
    }

    /** The committed SENDING stamp: from here until its outcome is recorded, the message is in flight. */
    boolean startSending(Notification n, LocalDateTime claimedUntil, LocalDateTime sendingUntil) {
        return Boolean.TRUE.equals(tx.execute(s -> notifications.startSending(n.id(), claimedUntil, sendingUntil)));
    }

    private Outcome send(Notification n, SmtpConnection smtp) {
        MailComposer.Composed composed;
        try {
            composed = composer.compose(n);
        } catch (MessagingException | RuntimeException e) {
            return new Outcome(n, null, Texts.get("notify.composeFailed", String.valueOf(e.getMessage())));
        }
        try {
            smtp.send(composed.message());
            return new Outcome(n, composed.subject(), null);
        } catch (MailException e) {
            return new Outcome(n, composed.subject(), describe(e));
        }
    }

    private record Outcome(Notification notification, String subject, String error) {
    }

    /**
     * Writes the outcome of the message in flight and, in the same transaction, marks the next message of the batch
     * SENDING; returns that one, or null when the batch is done. While the write fails for a reason that passes (the
     * database restarting, no connection in the pool), keeps the outcome and tries again with a growing pause, until
     * the message's lease would end. After that another worker may mark the row in doubt, so the write gives up (the
     * row keeps SENDING; the next message was not started and is due again when the claim's lease ends).
     */
    private InFlight recordAndStartNext(Outcome o, InFlight current, List<Notification> batch,
                                        LocalDateTime claimedUntil) {
        long deadline = System.nanoTime() + Duration.between(now(), current.sendingUntil()).toNanos();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                InFlight next = tx.execute(s -> {
                    write(o);
                    return startFirst(batch, current.index() + 1, claimedUntil);
                });
                if (attempt > 1) {
                    LOG.info("outcome of notification {} recorded at write attempt {}", o.notification().key(), attempt);
                }
                return next;
            } catch (RuntimeException e) {
                if (!TransientDatabaseErrors.isTransient(e) || System.nanoTime() + pause.toNanos() >= deadline) {
                    LOG.error("outcome of notification {} ({}) not recorded after {} write attempts; it stays SENDING "
                            + "until its lease ends: {}", o.notification().key(), o.error() == null ? "SENT" : "failed",
                            attempt, e.toString());
                    throw e;
                }
                LOG.warn("outcome of notification {} not recorded ({}); retrying in {} ms", o.notification().key(),
                        e.toString(), pause.toMillis());
                if (!pause(pause)) {
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void write(Outcome o) {
        Notification n = o.notification();
        LocalDateTime now = now();
        if (o.error() == null) {
            notifications.markSent(n.id(), o.subject(), now);
            return;
        }
        int attempts = n.attempts() + 1; // this attempt, counted by the SENDING stamp
        if (attempts >= settings.maxAttempts()) {
            LOG.warn("notification {} failed for good after {} attempts: {}", n.key(), attempts, o.error());
            notifications.fail(n.id(), o.subject(), o.error());
        } else {
            Duration wait = Notifications.backoff(settings.firstRetry(), settings.maxRetry(), attempts);
            notifications.retryLater(n.id(), o.subject(), o.error(), now.plus(wait));
        }
    }

    /** Millisecond precision: lease times are compared for equality after a round trip through the database. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
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
