package vn.cchc.inspection;

/** One line of the year's inspection plan: which agency, in which month. */
public record InspectionPlanEntry(String agencyId, String agencyName, int month) {
}
