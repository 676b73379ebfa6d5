package vn.cchc.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Texts;

/**
 * What an operator of several nodes watches (docs/operations.md, "Two nodes"), read from the shared database so
 * every node reports the same cluster-wide figures: the outbox by state (waiting, being sent, failed, failed in
 * doubt), the engine's jobs that are due, jobs out of retries, and open incidents. Exposed at
 * {@code /actuator/prometheus} (administrators only) as {@code cchc_outbox_notifications{state=...}},
 * {@code cchc_engine_jobs{state=...}} and {@code cchc_engine_incidents}. One query answers all of them and is reused
 * for {@value #MAX_AGE_MILLIS} ms, so a scrape every few seconds from several collectors costs the database one
 * query per node at most that often; when the database cannot be read the gauges show NaN.
 */
@Component
class BacklogMetrics implements MeterBinder {

    /**
     * The start of the outbox's note on a row whose sender stopped mid-send ({@code NotificationDelivery.IN_DOUBT},
     * checked by BacklogMetricsTest): such a row may or may not have reached the recipient.
     */
    static final String IN_DOUBT_PREFIX = Texts.get("notify.inDoubt.prefix");
    static final long MAX_AGE_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(BacklogMetrics.class);
    private static final String QUERY = "SELECT "
            + "(SELECT COUNT(*) FROM cchc_notification WHERE status = 'PENDING'), "
            + "(SELECT COUNT(*) FROM cchc_notification WHERE status = 'PENDING' AND next_attempt_at <= ?), "
            + "(SELECT COUNT(*) FROM cchc_notification WHERE status = 'SENDING'), "
            + "(SELECT COUNT(*) FROM cchc_notification WHERE status = 'FAILED'), "
            + "(SELECT COUNT(*) FROM cchc_notification WHERE status = 'FAILED' AND last_error LIKE ?), "
            + "(SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1 "
            + "AND (duedate_ IS NULL OR duedate_ <= ?)), "
            + "(SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0), "
            + "(SELECT COUNT(*) FROM act_ru_incident)";

    /** One reading of the figures. */
    record Backlog(long pending, long due, long sending, long failed, long inDoubt, long jobsDue, long jobsFailed,
                   long incidents) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Backlog last;
    private volatile long readAt;

    BacklogMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        outbox(registry, "pending", Backlog::pending, "notifications waiting to be sent (due now or later)");
        outbox(registry, "due", Backlog::due, "notifications waiting whose time to be sent has come");
        outbox(registry, "sending", Backlog::sending, "notifications claimed by a delivery worker");
        outbox(registry, "failed", Backlog::failed, "notifications that failed for good (resend from /notifications)");
        outbox(registry, "in_doubt", Backlog::inDoubt,
                "failed notifications whose sender stopped mid-send: check with the recipient before resending");
        gauge(registry, "cchc.engine.jobs", "state", "due", Backlog::jobsDue, "engine jobs due and not yet run");
        gauge(registry, "cchc.engine.jobs", "state", "failed", Backlog::jobsFailed,
                "engine jobs out of retries (each has an incident)");
        Gauge.builder("cchc.engine.incidents", this, m -> m.value(Backlog::incidents))
                .description("open incidents (Cockpit)").register(registry);
    }

    private void outbox(MeterRegistry registry, String state, ToLongFunction<Backlog> f, String description) {
        gauge(registry, "cchc.outbox.notifications", "state", state, f, description);
    }

    private void gauge(MeterRegistry registry, String name, String tag, String value, ToLongFunction<Backlog> f,
                       String description) {
        Gauge.builder(name, this, m -> m.value(f)).tag(tag, value).description(description).register(registry);
    }

    private double value(ToLongFunction<Backlog> f) {
        Backlog b = current();
        return b == null ? Double.NaN : f.applyAsLong(b);
    }

    /** The last reading while it is fresh, else a new one; null when the database cannot be read. */
    Backlog current() {
        long now = System.nanoTime();
        Backlog b = last;
        if (b != null && now - readAt < MAX_AGE_MILLIS * 1_000_000) {
            return b;
        }
        synchronized (this) {
            if (last != null && now - readAt < MAX_AGE_MILLIS * 1_000_000) {
                return last;
            }
            try {
                // the outbox keeps Vietnam local time (OutboxClock), the engine the server's zone
                LocalDateTime outboxNow = LocalDateTime.now(clock);
                Timestamp engineNow = new Timestamp(clock.millis());
                b = jdbc.queryForObject(QUERY, (rs, row) -> new Backlog(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
                        outboxNow, IN_DOUBT_PREFIX + "%", engineNow);
            } catch (DataAccessException e) {
                LOG.warn("backlog metrics not read: {}", e.getMessage());
                b = null;
            }
            last = b;
            readAt = System.nanoTime();
            return b;
        }
    }
}
