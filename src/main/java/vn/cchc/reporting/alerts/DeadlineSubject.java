package vn.cchc.reporting.alerts;

import java.util.List;

/**
 * What a {@code deadlineAlerts} loop watches: an agency-owned step with a due date in the reporting, inspection and
 * PAR Index processes. Each names the prefix of its notifications' idempotency keys, the activities of the subject
 * process during which the agency still owes the step (only then does an alert write anything), and the user tasks
 * the mail links to.
 */
public enum DeadlineSubject {

    /** An agency's periodic report, from the start (before the data cut-off) until the head sends it to SNV. */
    REPORT("report", List.of("cutOffPassed", "prefillReport", "prepareReport", "approveReport"),
            List.of("prepareReport", "approveReport")),
    /** One inspection finding until the agency reports its remedy (again after SNV returns it). */
    REMEDIATION("remediation", List.of("remedyFinding"), List.of("remedyFinding")),
    /** An agency's self-report before an inspection visit, until the agency sends it. */
    INSPECTION_SELF_REPORT("inspectionSelfReport", List.of("selfReport"), List.of("selfReport")),
    /** An agency's PAR Index self-assessment. */
    PAR_SELF_ASSESSMENT("parSelfAssessment", List.of("selfAssess"), List.of("selfAssess")),
    /** One area's appraisal of an agency's PAR Index scores, owed by the appraising department. */
    PAR_APPRAISAL("parAppraisal", List.of("appraiseArea"), List.of("appraiseArea"));

    private final String keyPrefix;
    private final List<String> owedAt;
    private final List<String> taskKeys;

    DeadlineSubject(String keyPrefix, List<String> owedAt, List<String> taskKeys) {
        this.keyPrefix = keyPrefix;
        this.owedAt = owedAt;
        this.taskKeys = taskKeys;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** Activities of the subject process during which the step is still owed. */
    public List<String> owedAt() {
        return owedAt;
    }

    /** User tasks of the step, for the Tasklist link. */
    public List<String> taskKeys() {
        return taskKeys;
    }
}
