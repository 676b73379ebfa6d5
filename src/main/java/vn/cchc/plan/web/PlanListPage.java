package vn.cchc.plan.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
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
 * import its appendix (draft), so nobody has to know a plan id. Who may see it is the security chain's rule; each
 * link is offered only if the chain lets the viewer open it (an appraiser reads the list, not the follow-up).
 */
@Controller
class PlanListPage {

    private final Plans plans;
    private final AssignmentStatuses statuses;
    private final Clock clock;
    private final WebInvocationPrivilegeEvaluator chain;

    PlanListPage(Plans plans, AssignmentStatuses statuses, Clock clock, WebInvocationPrivilegeEvaluator chain) {
        this.plans = plans;
        this.statuses = statuses;
        this.clock = clock;
        this.chain = chain;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
                Authentication user, Model model) {
        Instant now = clock.instant();
        List<Plan> all = plans.all();
        List<PlanRow> rows = all.stream()
                .filter(p -> year == null || p.year() == year)
                .filter(p -> status == null || p.status() == status)
                .map(p -> row(p, counts(p.id(), now), user))
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

    private PlanRow row(Plan plan, Map<AssignmentStatus, Integer> byStatus, Authentication user) {
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        boolean issued = plan.status() == PlanStatus.ISSUED || plan.status() == PlanStatus.CLOSED;
        boolean draft = plan.status() == PlanStatus.DRAFT;
        return new PlanRow(plan, issued, total,
                byStatus.getOrDefault(AssignmentStatus.OVERDUE, 0),
                byStatus.getOrDefault(AssignmentStatus.DUE_SOON, 0),
                byStatus.getOrDefault(AssignmentStatus.DONE_ON_TIME, 0)
                        + byStatus.getOrDefault(AssignmentStatus.DONE_LATE, 0),
                issued && mayOpen(plan, "items", user), draft && mayOpen(plan, "draft", user),
                draft && mayOpen(plan, "import", user));
    }

    private boolean mayOpen(Plan plan, String page, Authentication user) {
        return chain.isAllowed("", "/plans/" + plan.id() + "/" + page, "GET", user);
    }
}
