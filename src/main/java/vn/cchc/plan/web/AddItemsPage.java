package vn.cchc.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.Plans;

/** {@code /plans/{planId}/items/add}: new items after issuance (an amendment), pasted as rows or as JSON. */
@Controller
class AddItemsPage {

    private final Plans plans;
    private final PastedItems pasted;
    private final PlanAmendments amendments;

    AddItemsPage(Plans plans, PastedItems pasted, PlanAmendments amendments) {
        this.plans = plans;
        this.pasted = pasted;
        this.amendments = amendments;
    }

    @GetMapping("/plans/{planId}/items/add")
    String form(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plan(planId));
        model.addAttribute("columns", PastedItems.COLUMNS.replace('\t', '|').replace("|", " | "));
        return "plans/add-items";
    }

    @PostMapping("/plans/{planId}/items/add")
    String add(@PathVariable String planId, @RequestParam(required = false) String rows,
               @RequestParam(required = false) String reason, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        Plan plan = plan(planId);
        try {
            List<PlanItem> added = amendments.addItems(planId, pasted.toJson(rows, plan.year()), reason,
                    FollowUpPages.user(request));
            return "redirect:/plans/" + planId + "/items?added=" + added.size();
        } catch (PlanInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", e.problems());
            model.addAttribute("rows", rows);
            model.addAttribute("reason", reason);
            return form(planId, model);
        }
    }

    private Plan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không tìm thấy kế hoạch " + planId));
    }
}
