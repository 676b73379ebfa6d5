package vn.cchc.notify;

import java.util.Map;

/**
 * A notification to write to the outbox: who receives it, which template renders it with which data, and the
 * idempotency key that makes a second write of the same event a no-op.
 */
public record NewNotification(String key, String recipient, String recipientName, String agencyId, String planId,
                              String template, Map<String, Object> data) {

    public NewNotification {
        if (key == null || key.isBlank() || recipient == null || recipient.isBlank() || template == null) {
            throw new IllegalArgumentException("notification needs a key, a recipient and a template");
        }
        data = data == null ? Map.of() : data;
    }
}
