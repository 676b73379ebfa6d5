package vn.cchc.followup;

/**
 * What a {@code followUp} instance follows (input {@code followUpKind}): names the step in the e-mails (template
 * family {@code alert}) and is the first part of its notifications' idempotency keys ({@link #keyPrefix()}). Which
 * steps of the ladder a kind takes is configuration ({@code cchc.reminders.ladders} in config/notify.yml,
 * {@link FollowUpLadder}), not code.
 */
public enum FollowUpKind {
    /** A plan task of one agency ({@code planTask}), until SNV accepts its result; keys {@code planTask:…}. */
    PLAN_TASK("planTask"),
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
    /** An agency's comment on the draft plan (its ladder in config/notify.yml: reminders only). */
    COMMENT("planComment");

    private final String keyPrefix;

    FollowUpKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }
}
