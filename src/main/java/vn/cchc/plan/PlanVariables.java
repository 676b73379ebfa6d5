package vn.cchc.plan;

/** Names of the process variables of {@code planLifecycle} and {@code planTask}, in one place. */
public final class PlanVariables {

    public static final String PROCESS_KEY = "planLifecycle";
    public static final String TASK_PROCESS_KEY = "planTask";

    // planLifecycle
    public static final String PLAN_ID = "planId";
    public static final String PLAN_YEAR = "planYear";
    public static final String PLAN_TITLE = "planTitle";
    public static final String ITEMS_JSON = "itemsJson";
    public static final String ITEMS_SUMMARY = "itemsSummary";
    public static final String COMMENTS_SUMMARY = "commentsSummary";
    public static final String SUBMISSION_DATE_TEXT = "submissionDateText";
    public static final String COMMENT_AGENCIES = "commentAgencies";
    public static final String COMMENT_DEADLINE = "commentDeadline";
    public static final String COMMENT_DEADLINE_AT = "commentDeadlineAt";
    /** The comment deadline as dd/MM/yyyy, and the consulted agencies' names, for the forms. */
    public static final String COMMENT_DEADLINE_TEXT = "commentDeadlineText";
    public static final String COMMENT_AGENCIES_TEXT = "commentAgenciesText";
    public static final String COMMENT_AGENCY_ID = "commentAgencyId";
    public static final String AGENCY_COMMENT = "agencyComment";
    public static final String MISSING_COMMENTS = "missingComments";
    public static final String APPRAISER_GROUP = "appraiserGroup";
    public static final String LEGAL_APPRAISER_GROUP = "legalAppraiserGroup";
    public static final String NEEDS_LEGAL_APPRAISAL = "needsLegalAppraisal";
    public static final String SUBMISSION_NUMBER = "submissionNumber";
    public static final String SUBMISSION_DATE = "submissionDate";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    public static final String SIGNER = "signer";
    /** false: the plan's deployment does not mail the agencies their new tasks (the demo's back-dated plan). */
    public static final String NOTIFY_NEW_TASKS = "notifyNewTasks";
    public static final String YEAR_END_AT = "yearEndReviewAt";
    public static final String RETURNED_BY = "returnedBy";
    public static final String RETURN_HISTORY = "returnHistory";

    // every review / approval step
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";

    // planTask
    public static final String ITEM_NO = "itemNo";
    public static final String AGENCY_ID = "agencyId";
    public static final String AGENCY_NAME = "agencyName";
    public static final String TASK_TEXT = "taskText";
    public static final String PRODUCT = "product";
    public static final String DEADLINE_TEXT = "deadlineText";
    public static final String DUE_DATE = "dueDate";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String COORDINATORS = "coordinators";
    /**
     * A wide table's context of the activity: the objective ("Mục tiêu") and the larger task ("Nhiệm vụ") it belongs
     * to, shown read-only on "Thực hiện nhiệm vụ"; set only when the item has them (no empty variables per task).
     */
    public static final String OBJECTIVE = "objective";
    public static final String PARENT_TASK = "parentTask";
    /**
     * The assignment's status as its label on the items page ("Quá hạn", "Chưa đến hạn"…), a card variable of the
     * Tasklist kept current by {@link TaskCards}.
     */
    public static final String STATUS_TEXT = "statusText";
    public static final String PRODUCT_REFERENCE = "productReference";
    public static final String PRODUCT_NOTE = "productNote";
    /** true: an ongoing or recurring item, followed up at a checkpoint per reporting period (no due date). */
    public static final String CHECKPOINTS = "checkpoints";
    /** Set by the agency on "Thực hiện nhiệm vụ": only record the period's progress, the task goes on. */
    public static final String PROGRESS_ONLY = "progressOnly";
    /** What the agency did in the period (with {@link #PROGRESS_ONLY}). */
    public static final String PROGRESS_TEXT = "progressText";
    /** Set by the follow-up after recording: every period of the year is recorded, the task goes to SNV. */
    public static final String ALL_PERIODS_RECORDED = "allPeriodsRecorded";
    /** The page where the agency attaches its result files and SNV reads them (set when a step is created). */
    public static final String ATTACHMENTS_PATH = "attachmentsPath";
    /** The files attached so far, as a Markdown list of download links for the forms (null: none). */
    public static final String ATTACHMENTS_LIST = "attachmentsList";

    private PlanVariables() {
    }
}
