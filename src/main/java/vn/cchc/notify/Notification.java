package vn.cchc.notify;

import java.time.LocalDateTime;

/** One row of the outbox, as the log page and the delivery worker read it. */
public record Notification(long id, String key, String recipient, String recipientName, String agencyId,
                           String planId, String template, String data, NotificationStatus status, int attempts,
                           LocalDateTime nextAttemptAt, String subject, String lastError, LocalDateTime createdAt,
                           LocalDateTime sentAt) {
}
