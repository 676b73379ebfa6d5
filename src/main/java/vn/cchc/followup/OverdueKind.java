package vn.cchc.followup;

/** What is late; the mail template ({@code templates/mail/overdue*}) names it and says what happens next. */
public enum OverdueKind {
    REPORT, SELF_REPORT, CONCLUSION, REMEDIATION, PAR_SELF_ASSESSMENT, PAR_APPRAISAL;

    /** Who is told of an overdue step. */
    public enum Audience {
        /** the agency that holds the task, and SNV */
        AGENCY_AND_SNV,
        /** only the agency (SNV gets a summary of its own) */
        AGENCY,
        /** only SNV (its own task) */
        SNV;

        boolean agency() {
            return this != SNV;
        }

        boolean snv() {
            return this != AGENCY;
        }
    }
}
