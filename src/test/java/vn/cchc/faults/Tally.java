package vn.cchc.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of one scenario's notifications, all keyed {@code planTask:<plan id>:...}: written to the outbox, in
 * each status, and received by the SMTP server (its record file), hence duplicated and lost.
 */
record Tally(int expected, long written, long pending, long sending, long sent, long failed, long inDoubt,
             long received, long distinct, long inDoubtReceived) {

    /** The outbox's text for a row whose worker stopped while sending (NotificationDelivery.IN_DOUBT). */
    static final String IN_DOUBT_PREFIX = "Không rõ thư";

    long duplicated() {
        return received - distinct;
    }

    /** Expected notifications that never reached the SMTP server. */
    long lost() {
        return expected - distinct;
    }

    boolean settled() {
        return written >= expected && pending == 0 && sending == 0;
    }

    static Tally of(Connection db, Path smtpRecord, String planId, int expected) throws SQLException, IOException {
        return ofKeys(db, smtpRecord, "planTask:" + planId + ":", expected);
    }

    /** The counts of the notifications whose keys start with {@code prefix} (scenario 5: a plan's new-task mails). */
    static Tally ofKeys(Connection db, Path smtpRecord, String prefix, int expected)
            throws SQLException, IOException {
        Map<String, Long> byStatus = new HashMap<>();
        long inDoubt = 0;
        Set<String> inDoubtKeys = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT idempotency_key, status, last_error "
                + "FROM cchc_notification WHERE idempotency_key LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byStatus.merge(rs.getString(2), 1L, Long::sum);
                    String error = rs.getString(3);
                    if ("FAILED".equals(rs.getString(2)) && error != null && error.startsWith(IN_DOUBT_PREFIX)) {
                        inDoubt++;
                        inDoubtKeys.add(rs.getString(1));
                    }
                }
            }
        }
        List<String> received = received(smtpRecord, prefix);
        Set<String> distinct = new HashSet<>(received);
        long inDoubtReceived = inDoubtKeys.stream().filter(distinct::contains).count();
        long written = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Tally(expected, written, byStatus.getOrDefault("PENDING", 0L),
                byStatus.getOrDefault("SENDING", 0L), byStatus.getOrDefault("SENT", 0L),
                byStatus.getOrDefault("FAILED", 0L), inDoubt, received.size(), distinct.size(), inDoubtReceived);
    }

    static List<String> received(Path smtpRecord, String prefix) throws IOException {
        return Files.readAllLines(smtpRecord).stream().filter(l -> l.startsWith(prefix)).toList();
    }

    String line() {
        return "written %d/%d, pending %d, sending %d, sent %d, failed %d (in doubt %d), received %d (distinct %d)"
                .formatted(written, expected, pending, sending, sent, failed, inDoubt, received, distinct);
    }
}
