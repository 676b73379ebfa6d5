package vn.cchc.notify;

/** Delivery state of one notification row. */
public enum NotificationStatus {
    /** Waiting for delivery (first attempt or a retry after {@code next_attempt_at}). */
    PENDING,
    /** Claimed by a delivery worker until {@code lease_until}; the SMTP conversation may be under way. */
    SENDING,
    /** The SMTP server accepted the message. */
    SENT,
    /** Gave up: too many failed attempts, or unknown whether it was sent (a worker died while sending). */
    FAILED
}
