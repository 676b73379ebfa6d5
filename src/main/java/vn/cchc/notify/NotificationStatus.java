package vn.cchc.notify;

/** Delivery state of one notification row. */
public enum NotificationStatus {
    /**
     * Waiting for delivery (first attempt or a retry after {@code next_attempt_at}), or in a worker's claimed batch
     * and not yet being sent (then not due before the claim's lease ends, when it is due again if the worker died).
     */
    PENDING,
    /**
     * Being sent by a delivery worker until {@code lease_until} (marked just before its own SMTP send, at most one
     * row per worker); the SMTP conversation may be under way, so after the lease it is in doubt.
     */
    SENDING,
    /** The SMTP server accepted the message. */
    SENT,
    /** Gave up: too many failed attempts, or unknown whether it was sent (a worker died while sending). */
    FAILED
}
