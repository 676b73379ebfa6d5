package vn.cchc.inspection;

/** Names of the process variables of {@code inspection}, {@code inspectionVisit} and {@code remediation}. */
public final class InspectionVariables {

    public static final String PROCESS_KEY = "inspection";
    public static final String VISIT_PROCESS_KEY = "inspectionVisit";
    public static final String REMEDIATION_PROCESS_KEY = "remediation";

    public static final String PLAN_YEAR = "planYear";
    public static final String INSPECTION_LIST = "inspectionList";
    public static final String INSPECTION_PLAN_TEXT = "inspectionPlanText";
    public static final String COVERAGE_WARNING = "coverageWarning";
    public static final String AGENCY_ID = "agencyId";
    public static final String AGENCY_NAME = "agencyName";
    public static final String INSPECTION_ID = "inspectionId";
    public static final String VISIT_MONTH = "visitMonth";
    public static final String NOTICE_AT = "noticeAt";
    public static final String VISIT_DATE = "visitDate";
    public static final String VISIT_DATE_TEXT = "visitDateText";
    public static final String SELF_REPORT_DUE_AT = "selfReportDueAt";
    public static final String SELF_REPORT = "selfReport";
    public static final String VISIT_MINUTES = "visitMinutes";
    public static final String CONCLUSION_DUE_AT = "conclusionDueAt";
    public static final String CONCLUSION = "conclusion";
    public static final String FINDINGS_TEXT = "findingsText";
    public static final String FINDING_COUNT = "findingCount";
    public static final String FINDING_ID = "findingId";
    public static final String FINDING_TEXT = "findingText";
    public static final String FINDING_DUE_AT = "findingDueAt";
    public static final String FINDING_DUE_TEXT = "findingDueText";
    public static final String REMEDY = "remedy";

    private InspectionVariables() {
    }
}
