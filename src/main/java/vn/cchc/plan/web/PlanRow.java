package vn.cchc.plan.web;

import vn.cchc.plan.Plan;

/**
 * One line of {@code /plans}: the plan, whether it was issued (its tasks are deployed and followed), and its
 * assignments counted by status. Public: the page's expressions read it.
 */
public record PlanRow(Plan plan, boolean issued, int total, int overdue, int dueSoon, int done) {
}
