package vn.cchc.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Delivery and digest settings ({@code cchc.notify.*} in {@code config/notify.yml}). */
@ConfigurationProperties("cchc.notify")
public record NotifyProperties(String from, String fromName, Delivery delivery, Digest digest) {

    /**
     * @param workers        delivery jobs registered with Quartz; in a cluster they run on any node, concurrently
     * @param interval       how often each delivery job looks for due notifications
     * @param batchSize      notifications claimed per transaction and sent over one SMTP connection
     * @param maxAttempts    attempts before a notification is marked FAILED
     * @param firstRetry     back-off after the first failure; doubled after each further failure
     * @param maxRetry       longest back-off
     * @param lease          how long a claim lasts; a row still SENDING after its lease belonged to a dead worker
     * @param resendInDoubt  what to do with such a row: true sends it again (at least once), false marks it FAILED
     *                       for SNV to check and resend by hand (at most once)
     * @param maxRun         longest a single job run keeps draining before it yields its Quartz thread
     */
    public record Delivery(int workers, Duration interval, int batchSize, int maxAttempts, Duration firstRetry,
                           Duration maxRetry, Duration lease, boolean resendInDoubt, Duration maxRun) {
    }

    /** @param cron Quartz cron (zone Asia/Ho_Chi_Minh); @param horizonWorkingDays "upcoming" window */
    public record Digest(String cron, int horizonWorkingDays) {
    }
}
