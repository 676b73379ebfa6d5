package vn.cchc.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification outbox, table {@code cchc_notification}. {@link #enqueue} joins the caller's transaction (a
 * process delegate's insert commits or rolls back with the process state); the other methods are used by the
 * delivery worker and the log page inside their own transactions.
 */
@Repository
public class Notifications {

    static final String COLUMNS = "id, idempotency_key, recipient, recipient_name, agency_id, plan_id, template, "
            + "data, status, attempts, next_attempt_at, subject, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final boolean postgres;
    /** The engine's, in Vietnam's zone: outbox times are stored as local time in Asia/Ho_Chi_Minh whatever the
     *  server's zone, so every node compares like with like, and tests that move the engine clock move retries. */
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    Notifications(JdbcClient jdbc, SqlDialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = dialect.isPostgres();
    }

    /**
     * Writes the notification unless one with the same key exists. Never fails on a duplicate, and never
     * aborts the caller's PostgreSQL transaction (ON CONFLICT DO NOTHING instead of catching the error).
     *
     * @return true when a row was written
     */
    public boolean enqueue(NewNotification n) {
        LocalDateTime now = LocalDateTime.now(clock);
        String data = write(n);
        String insert = "INSERT INTO cchc_notification (idempotency_key, recipient, recipient_name, agency_id, "
                + "plan_id, template, data, status, attempts, next_attempt_at, created_at) ";
        if (postgres) {
            return jdbc.sql(insert + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) "
                            + "ON CONFLICT (idempotency_key) DO NOTHING")
                    .params(n.key(), n.recipient(), n.recipientName(), n.agencyId(), n.planId(), n.template(), data,
                            now, now).update() == 1;
        }
        try {
            return jdbc.sql(insert + "SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM cchc_notification WHERE idempotency_key = ?)")
                    .params(n.key(), n.recipient(), n.recipientName(), n.agencyId(), n.planId(), n.template(), data,
                            now, now, n.key()).update() == 1;
        } catch (DuplicateKeyException raceOnH2) {
            // H2 (single-node demo) keeps the transaction usable after a failed statement
            return false;
        }
    }

    private String write(NewNotification n) {
        try {
            return json.writeValueAsString(n.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notification data is not JSON-serialisable: " + n.key(), e);
        }
    }

    /** Ids of due PENDING rows, locked for this transaction; rows locked by another worker are skipped. */
    List<Long> lockDue(LocalDateTime now, int limit) {
        return jdbc.sql("SELECT id FROM cchc_notification WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param(now).query(Long.class).list();
    }

    /**
     * Reserves locked rows for one worker until {@code leaseUntil}: they stay PENDING (nothing is in flight yet) but
     * are not due before the lease ends, and {@code lease_until} is the claim's token. A worker that dies before
     * sending them leaves them PENDING, due again when the lease ends: nothing to doubt.
     */
    void claim(List<Long> ids, LocalDateTime leaseUntil) {
        jdbc.sql("UPDATE cchc_notification SET lease_until = :lease, next_attempt_at = :lease WHERE id IN (:ids)")
                .param("lease", leaseUntil).param("ids", ids).update();
    }

    /**
     * Marks one claimed row SENDING until {@code sendingUntil} and counts the attempt, just before its SMTP send:
     * only a row in this state can be in doubt after a crash. False when the claim is no longer this worker's (its
     * lease expired and another worker claimed the row, with a later lease): the caller must not send it.
     */
    boolean startSending(long id, LocalDateTime claimedUntil, LocalDateTime sendingUntil) {
        return jdbc.sql("UPDATE cchc_notification SET status = 'SENDING', lease_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ? AND status = 'PENDING' AND lease_until = ?")
                .params(sendingUntil, id, claimedUntil).update() == 1;
    }

    List<Notification> byIds(List<Long> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_notification WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(Notifications::map).list();
    }

    void markSent(long id, String subject, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_notification SET status = 'SENT', sent_at = ?, subject = ?, lease_until = NULL, "
                + "last_error = NULL WHERE id = ? AND status = 'SENDING'").params(at, subject, id).update();
    }

    void retryLater(long id, String subject, String error, LocalDateTime nextAttempt) {
        jdbc.sql("UPDATE cchc_notification SET status = 'PENDING', next_attempt_at = ?, subject = ?, last_error = ?, "
                + "lease_until = NULL WHERE id = ? AND status = 'SENDING'")
                .params(nextAttempt, subject, clip(error), id).update();
    }

    void fail(long id, String subject, String error) {
        jdbc.sql("UPDATE cchc_notification SET status = 'FAILED', subject = ?, last_error = ?, lease_until = NULL "
                + "WHERE id = ? AND status = 'SENDING'").params(subject, clip(error), id).update();
    }

    /** Rows whose worker died while sending: sent again, or FAILED for a person to decide. */
    int releaseExpiredLeases(LocalDateTime now, boolean resend, String inDoubtError) {
        String target = resend ? "status = 'PENDING', next_attempt_at = :now"
                : "status = 'FAILED', last_error = :error";
        return jdbc.sql("UPDATE cchc_notification SET " + target + ", lease_until = NULL "
                        + "WHERE status = 'SENDING' AND lease_until < :now")
                .param("now", now).param("error", inDoubtError).update();
    }

    /** SNV resends a failed notification: a fresh series of attempts, due now. */
    public boolean resend(long id) {
        return jdbc.sql("UPDATE cchc_notification SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "last_error = NULL WHERE id = ? AND status = 'FAILED'").params(LocalDateTime.now(clock), id).update() == 1;
    }

    public Optional<Notification> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_notification WHERE id = ?").param(id)
                .query(Notifications::map).optional();
    }

    public Optional<Notification> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_notification WHERE idempotency_key = ?").param(key)
                .query(Notifications::map).optional();
    }

    /** Rows whose key starts with {@code prefix}, oldest first. */
    public List<Notification> withKeyPrefix(String prefix) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_notification WHERE idempotency_key LIKE ? ORDER BY id")
                .param(prefix.replace("%", "\\%").replace("_", "\\_") + "%").query(Notifications::map).list();
    }

    /** The log page: newest first, optionally of one agency and/or one plan. */
    public List<Notification> search(String agencyId, String planId, NotificationStatus status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cchc_notification WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (agencyId != null && !agencyId.isBlank()) {
            sql.append(" AND agency_id = :agency");
            params.put("agency", agencyId);
        }
        if (planId != null && !planId.isBlank()) {
            sql.append(" AND plan_id = :plan");
            params.put("plan", planId);
        }
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status.name());
        }
        sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(Notifications::map).list();
    }

    static Duration backoff(Duration first, Duration max, int failedAttempts) {
        Duration d = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("agency_id"), rs.getString("plan_id"),
                rs.getString("template"), rs.getString("data"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getObject("next_attempt_at", LocalDateTime.class),
                rs.getString("subject"), rs.getString("last_error"),
                rs.getObject("created_at", LocalDateTime.class), rs.getObject("sent_at", LocalDateTime.class));
    }
}
