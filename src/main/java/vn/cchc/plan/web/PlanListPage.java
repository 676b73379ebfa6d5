package vn.cchc.plan.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Plans;

/**
 * {@code /plans}: every plan by year and status, with its tasks' progress and the links to follow it (issued) or
 * import its appendix (draft), so nobody has to know a plan id. Who may see it is the security chain's rule.
 */
@Controller
class PlanListPage {

    private final Plans plans;
    private final Assignments assignments;

    PlanListPage(Plans plans, Assignments assignments) {
        this.plans = plans;
        this.assignments = assignments;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
                Model model) {
        Map<String, Map<AssignmentStatus, Integer>> counts = assignments.countsByPlan();
        List<Plan> all = plans.all();
        List<PlanRow> rows = all.stream()
                .filter(p -> year == null || p.year() == year)
                .filter(p -> status == null || p.status() == status)
                .map(p -> row(p, counts.getOrDefault(p.id(), Map.of())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("years", all.stream().map(Plan::year).distinct().toList());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        return "plans/list";
    }

    private static PlanRow row(Plan plan, Map<AssignmentStatus, Integer> byStatus) {
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        return new PlanRow(plan, plan.status() == PlanStatus.ISSUED || plan.status() == PlanStatus.CLOSED, total,
                byStatus.getOrDefault(AssignmentStatus.OVERDUE, 0),
                byStatus.getOrDefault(AssignmentStatus.DUE_SOON, 0),
                byStatus.getOrDefault(AssignmentStatus.DONE_ON_TIME, 0)
                        + byStatus.getOrDefault(AssignmentStatus.DONE_LATE, 0));
    }
}
