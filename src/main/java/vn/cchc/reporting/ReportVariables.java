package vn.cchc.reporting;

/** Names of the process variables of {@code periodicReport} and {@code provinceReport}, in one place. */
public final class ReportVariables {

    public static final String PROCESS_KEY = "periodicReport";
    public static final String PROVINCE_PROCESS_KEY = "provinceReport";

    public static final String PLAN_ID = "planId";
    public static final String PLAN_YEAR = "planYear";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PERIOD = "period";
    public static final String PERIOD_TITLE = "periodTitle";
    public static final String CUT_OFF_TEXT = "cutOffText";
    public static final String AGENCY_ID = "agencyId";
    public static final String AGENCY_NAME = "agencyName";
    public static final String REPORT_ID = "reportId";
    public static final String OPENS_AT = "opensAt";
    public static final String DUE_AT = "dueAt";
    /**
     * True when the agency's due date of the period had passed before the plan was deployed: the agency was never
     * asked in time, so the report is not followed up (no reminder, no escalation); it stays open and shows overdue.
     */
    public static final String PERIOD_CLOSED_BEFORE_PLAN = "periodClosedBeforePlan";
    public static final String DUE_DATE_TEXT = "dueDateText";

    // filled when the report opens, and by the agency
    public static final String WORK_SUMMARY = "workSummary";
    public static final String PROGRESS_TEXT = "progressText";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";

    // provinceReport
    public static final String AGENCIES_DUE_AT = "agenciesDueAt";
    public static final String PROVINCE_DUE_AT = "provinceDueAt";
    public static final String PROVINCE_DUE_TEXT = "provinceDueText";
    public static final String SUBMITTED_COUNT = "submittedCount";
    public static final String MISSING_COUNT = "missingCount";
    public static final String MISSING_AGENCIES = "missingAgencies";
    public static final String DOCX = "provinceReportDocx";
    public static final String XLSX = "provinceReportXlsx";
    public static final String DOWNLOAD_LINKS = "downloadLinks";
    public static final String RECOMPILE = "recompile";

    private ReportVariables() {
    }
}
