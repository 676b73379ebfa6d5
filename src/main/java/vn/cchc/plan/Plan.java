package vn.cchc.plan;

import java.time.LocalDate;
import vn.cchc.shared.Texts;

/** A CCHC plan; guards its own status transitions. */
public final class Plan {

    /** Widths of the columns of {@code cchc_plan} that officials type into (the forms declare the same). */
    static final int ID_LENGTH = 100;
    static final int TITLE_LENGTH = 1000;
    static final int NUMBER_LENGTH = 100;
    static final int SIGNER_LENGTH = 200;
    /** A plan id is part of every address of the plan's pages: letters without marks, digits, "-", "_" and ".". */
    static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (ID_LENGTH - 1) + "}");

    private final String id;
    private int year;
    private String title;
    private PlanStatus status;
    private String submissionNumber;
    private LocalDate submissionDate;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String signer;

    Plan(String id, int year, String title, PlanStatus status, String submissionNumber, LocalDate submissionDate,
         String decisionNumber, LocalDate decisionDate, String signer) {
        this.id = id;
        this.year = year;
        this.title = title;
        this.status = status;
        this.submissionNumber = submissionNumber;
        this.submissionDate = submissionDate;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.signer = signer;
    }

    static Plan newDraft(String id, int year, String title) {
        return new Plan(id, year, title, PlanStatus.DRAFT, null, null, null, null, null);
    }

    /** The draft is rewritten (first draft, or rework after a return). */
    void redraft(int newYear, String newTitle) {
        require(status != PlanStatus.ISSUED && status != PlanStatus.CLOSED, "plan.action.redraft");
        this.year = newYear;
        this.title = newTitle;
        this.status = PlanStatus.IN_REVIEW;
    }

    void returnToDraft() {
        require(status != PlanStatus.ISSUED && status != PlanStatus.CLOSED, "plan.action.returnToDraft");
        this.status = PlanStatus.DRAFT;
    }

    void submit(String number, LocalDate date) {
        require(status == PlanStatus.IN_REVIEW, "plan.action.submit");
        this.submissionNumber = number;
        this.submissionDate = date;
        this.status = PlanStatus.SUBMITTED;
    }

    void approve() {
        require(status == PlanStatus.SUBMITTED, "plan.action.approve");
        this.status = PlanStatus.APPROVED;
    }

    void issue(String number, LocalDate date, String signedBy) {
        require(status == PlanStatus.APPROVED, "plan.action.issue");
        this.decisionNumber = number;
        this.decisionDate = date;
        this.signer = signedBy;
        this.status = PlanStatus.ISSUED;
    }

    void close() {
        require(status == PlanStatus.ISSUED, "plan.action.close");
        this.status = PlanStatus.CLOSED;
    }

    /** {@code action} names the refused step: its key in the message bundle ({@code plan.action.*}). */
    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException(
                    Texts.get("plan.state.refused", id, String.valueOf(status), Texts.get(action)));
        }
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public PlanStatus status() {
        return status;
    }

    public String submissionNumber() {
        return submissionNumber;
    }

    public LocalDate submissionDate() {
        return submissionDate;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String signer() {
        return signer;
    }
}
