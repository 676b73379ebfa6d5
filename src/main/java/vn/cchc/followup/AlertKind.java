package vn.cchc.followup;

/** What a timer of {@code followUp} announces; the order breaks ties between alerts at the same instant. */
public enum AlertKind {
    /** n working days before the due date (offset -n). */
    REMINDER,
    /** the due date has passed (offset 0). */
    OVERDUE,
    /** n working days after the due date (offset +n), to the next level of the ladder. */
    ESCALATION,
    /** repeated reminder to the agency, n calendar days after the due date. */
    REPEAT;

    /** The overdue notice and the escalation levels: the ladder that catch-up never skips entirely. */
    public boolean isLadder() {
        return this == OVERDUE || this == ESCALATION;
    }
}
