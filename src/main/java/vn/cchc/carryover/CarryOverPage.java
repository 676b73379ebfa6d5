package vn.cchc.carryover;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Messages;

/**
 * {@code /plans/{planId}/draft/carry-over}: SNV sees last year's unfinished items (agency then → now, due date and
 * status at the year end), ticks the ones the draft takes (all by default) and confirms; the items are appended to
 * the draft, where SNV reviews them (agencies, due date) on the draft page before the plan goes on. Under the
 * {@code /plans/*}{@code /draft/**} rule (SNV specialists).
 */
@Controller
class CarryOverPage {

    private static final Logger LOG = LoggerFactory.getLogger(CarryOverPage.class);

    private final CarryOvers carryOvers;
    private final Messages messages;

    CarryOverPage(CarryOvers carryOvers, Messages messages) {
        this.carryOvers = carryOvers;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/draft/carry-over")
    String preview(@PathVariable String planId, @RequestParam(required = false) Integer taken, Model model) {
        found(planId);
        model.addAttribute("taken", taken);
        return page(planId, model);
    }

    @PostMapping("/plans/{planId}/draft/carry-over")
    String take(@PathVariable String planId, @RequestParam(required = false) List<String> item, Model model,
                HttpServletResponse response, Principal principal) {
        found(planId);
        if (item == null || item.isEmpty()) {
            return refused(planId, List.of(messages.get("carryover.item.none")), model, response);
        }
        try {
            List<CarriedItem> taken = carryOvers.take(planId, item, principal == null ? null : principal.getName());
            return "redirect:/plans/" + planId + "/draft/carry-over?taken=" + taken.size();
        } catch (PlanInputException e) {
            return refused(planId, e.problems(), model, response);
        }
    }

    private String refused(String planId, List<String> problems, Model model, HttpServletResponse response) {
        LOG.info("Carry-over into draft {} refused ({} problems): {}", planId, problems.size(), problems.get(0));
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("errors", problems);
        return page(planId, model);
    }

    private String page(String planId, Model model) {
        model.addAttribute("plan", carryOvers.plan(planId).orElseThrow());
        model.addAttribute("preview", carryOvers.preview(planId));
        return "plans/carry-over";
    }

    private void found(String planId) {
        if (carryOvers.plan(planId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("carryover.planNotFound", planId));
        }
    }
}
