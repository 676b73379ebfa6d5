package vn.cchc.plan;

/** Where a plan stands in its lifecycle. */
public enum PlanStatus {
    DRAFT, IN_REVIEW, SUBMITTED, APPROVED, ISSUED, CLOSED
}
