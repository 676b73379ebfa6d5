package vn.cchc.followup;

/**
 * Inputs of the reusable process {@code followUp} (bpmn/follow-up.bpmn), set by the calling step's
 * {@code camunda:in} mappings: who owes what by when, and which of the caller's user tasks make up the step. The
 * follow-up reads only its own variables; any other input (a String, number, boolean or date) is a fact the e-mail
 * shows under the input's name ({@code periodTitle}, {@code findingText}, …; a date as dd/MM/yyyy).
 */
public final class FollowUpVariables {

    public static final String PROCESS_KEY = "followUp";
    /** {@link FollowUpKind} name: what is due. */
    public static final String KIND = "followUpKind";
    /** The agency that owes the step: reminders and the ladder follow it. */
    public static final String AGENCY_ID = "followUpAgencyId";
    /**
     * The due date: a {@link java.util.Date} at the end of the due day, or an ISO date-time text such as the plan's
     * {@code commentDeadlineAt} (the caller's own due variable).
     */
    public static final String DUE_AT = "followUpDueAt";
    /**
     * Comma-separated ids of the caller's user tasks that make up the step. The step is owed while one of them is
     * open, or while the caller has no open user task yet (the step has not opened); while someone else's task is
     * open (SNV checks what was sent) nothing is mailed, but the ladder keeps its days. The open one is linked.
     */
    public static final String TASKS = "followUpTasks";
    /** Optional: the caller's own id of the step (report id, finding id), carried by {@link StepOverdue}. */
    public static final String REF = "followUpRef";
    /** Optional: distinguishes several follow-ups of one caller (the PAR area), part of the idempotency key. */
    public static final String PART = "followUpPart";
    /**
     * Optional: the plan assignment ({@code cchc_assignment.id}) whose status follows the date followed, at every
     * planning and alert: the row and the Tasklist card ({@code statusText}) of the {@code planTask} instance that owns
     * it ({@code vn.cchc.plan.Assignments#updateStatus}). A plan task passes its business key.
     */
    public static final String ASSIGNMENT_ID = "followUpAssignmentId";
    /**
     * Optional: an ongoing or recurring assignment without a due date ({@link #DUE_AT} empty) is followed at its
     * checkpoints of this plan year, one per reporting period (docs/deadlines.md), the earliest not recorded first.
     */
    public static final String CHECKPOINT_YEAR = "followUpCheckpointYear";
    /** Optional: the plan, for the notification log's filter. */
    public static final String PLAN_ID = "planId";

    private FollowUpVariables() {
    }
}
