package vn.cchc.followup;

/**
 * What a {@code followUp} instance follows (input {@code followUpKind}): names the step in the e-mails (template
 * family {@code alert}) and is the first part of its notifications' idempotency keys ({@link #keyPrefix()}).
 * A plan task is followed by the same ladder inside {@code planTask} ({@code planTask:} keys).
 */
public enum FollowUpKind {
    /** An agency's periodic report, until its head sends it to SNV. */
    REPORT("report"),
    /** An agency's self-report before an inspection visit. */
    SELF_REPORT("inspectionSelfReport"),
    /** One inspection finding, until the agency reports its remedy. */
    REMEDIATION("remediation"),
    /** An agency's PAR Index self-assessment. */
    PAR_SELF_ASSESSMENT("parSelfAssessment"),
    /** One area's appraisal of an agency's PAR Index scores, owed by the appraising department. */
    PAR_APPRAISAL("parAppraisal"),
    /**
     * An agency's comment on the draft plan: reminders before the comment deadline only. A comment is optional, and
     * when the window closes the lifecycle goes on without it ("Hết hạn góp ý" records who did not answer), so there
     * is nothing overdue to escalate.
     */
    COMMENT("planComment", true);

    private final String keyPrefix;
    private final boolean remindersOnly;

    FollowUpKind(String keyPrefix) {
        this(keyPrefix, false);
    }

    FollowUpKind(String keyPrefix, boolean remindersOnly) {
        this.keyPrefix = keyPrefix;
        this.remindersOnly = remindersOnly;
    }

    /** Only the reminders before the due date: no overdue notice, no escalation, no repeats. */
    public boolean remindersOnly() {
        return remindersOnly;
    }

    public String keyPrefix() {
        return keyPrefix;
    }
}
