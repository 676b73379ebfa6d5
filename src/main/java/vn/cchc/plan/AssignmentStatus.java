package vn.cchc.plan;

/**
 * Status of one assignment (plan item × agency): the eight statuses officials read. Assigned only by
 * {@link AssignmentStatusRule}; shown with the labels {@code followup.status.<NAME>} of messages_vi.properties.
 */
public enum AssignmentStatus {
    NOT_DUE,
    IN_PROGRESS,
    DUE_SOON,
    OVERDUE,
    DONE_ON_TIME,
    DONE_LATE,
    WAITING_EVENT,
    NO_DUE_DATE;

    /** The key of its label in messages_vi.properties. */
    public String messageKey() {
        return "followup.status." + name();
    }
}
