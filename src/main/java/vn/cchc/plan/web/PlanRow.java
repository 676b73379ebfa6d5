package vn.cchc.plan.web;

import vn.cchc.plan.Plan;

/**
 * One line of {@code /plans}: the plan, whether it was issued (its tasks are deployed and followed), its
 * assignments counted by status, and which of its pages the viewer may open (follow-up, drafting, appendix import):
 * the list links only to those. Public: the page's expressions read it.
 */
public record PlanRow(Plan plan, boolean issued, int total, int overdue, int dueSoon, int done, boolean mayFollow,
                      boolean mayDraft, boolean mayImport) {
}
