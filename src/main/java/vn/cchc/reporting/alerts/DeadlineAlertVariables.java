package vn.cchc.reporting.alerts;

/**
 * Variables of a {@code deadlineAlerts} instance, set by the calling step's {@code camunda:in} mappings (the
 * instance shares the subject's business key). {@code nextAlert}/{@code nextAlertAt} are as in {@code planTask}.
 */
public final class DeadlineAlertVariables {

    public static final String PROCESS_KEY = "deadlineAlerts";
    /** {@link DeadlineSubject} name. */
    public static final String SUBJECT = "alertSubject";
    /** Process instance that owns the step (reports, remediation, PAR assessment). */
    public static final String SUBJECT_INSTANCE_ID = "subjectInstanceId";
    /** Due date of the step: a {@link java.util.Date} at the end of the due day. */
    public static final String DUE_AT = "alertDueAt";
    /** The agency that owes the step (reminders and the ladder follow it). */
    public static final String AGENCY_ID = "agencyId";
    /** Read from the subject instance: the plan, for the notification log's filter (null for remediation). */
    public static final String PLAN_ID = "planId";
    /** PAR appraisal: the area appraised (part of the idempotency key). */
    public static final String AREA = "alertArea";
    public static final String NEXT_ALERT = "nextAlert";
    public static final String NEXT_ALERT_AT = "nextAlertAt";

    private DeadlineAlertVariables() {
    }
}
