package vn.cchc.plan.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatuses;
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
    private final AssignmentStatuses statuses;
    private final Clock clock;

    PlanListPage(Plans plans, AssignmentStatuses statuses, Clock clock) {
        this.plans = plans;
        this.statuses = statuses;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
                Model model) {
        Instant now = clock.instant();
        List<Plan> all = plans.all();
        List<PlanRow> rows = all.stream()
                .filter(p -> year == null || p.year() == year)
                .filter(p -> status == null || p.status() == status)
                .map(p -> row(p, counts(p.id(), now)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("years", all.stream().map(Plan::year).distinct().toList());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        return "plans/list";
    }

    /** The plan's assignments by their status now, by the one status rule (not the stored cache). */
    private Map<AssignmentStatus, Integer> counts(String planId, Instant now) {
        Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
        statuses.ofPlan(planId, now).values().forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
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
