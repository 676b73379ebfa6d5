package vn.cchc.importer.web;

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
import vn.cchc.plan.ItemsPreview;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Texts;

/**
 * {@code /plans/{planId}/items/add}: new items after issuance (an amendment), pasted as rows or as JSON. Posting
 * the rows shows a preview and writes nothing; {@code …/add/confirm} posts the same rows, the reason and the last
 * item number the preview saw back, and adds them only if they are still valid and the plan has not changed since.
 */
@Controller
class AddItemsPage {

    /** The column order of pasted rows, as the form explains it. */
    private static final String COLUMNS_SHOWN = PastedItems.COLUMNS.replace("\t", " | ");

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
        model.addAttribute("columns", COLUMNS_SHOWN);
        return "plans/add-items";
    }

    @PostMapping("/plans/{planId}/items/add")
    String preview(@PathVariable String planId, @RequestParam(required = false) String rows,
                   @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("reason", reason);
        try {
            return previewPage(planId, rows, reason, response, model);
        } catch (PlanInputException e) {
            return refused(planId, e.problems(), response, model);
        }
    }

    @PostMapping("/plans/{planId}/items/add/confirm")
    String confirm(@PathVariable String planId, @RequestParam(required = false) String rows,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String lastItemNo,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Plan plan = plan(planId);
        model.addAttribute("rows", rows);
        model.addAttribute("reason", reason);
        try {
            List<PlanItem> added = amendments.addItems(planId, pasted.toJson(rows, plan.year()), reason,
                    request.getRemoteUser(), previewed(lastItemNo));
            return "redirect:/plans/" + planId + "/items?added=" + added.size();
        } catch (PlanAmendments.PlanChanged e) {
            return again(planId, e.problems(), HttpStatus.CONFLICT, response, model);
        } catch (PlanInputException e) {
            return again(planId, e.problems(), HttpStatus.UNPROCESSABLE_ENTITY, response, model);
        }
    }

    private String previewPage(String planId, String rows, String reason, HttpServletResponse response,
                               Model model) {
        Plan plan = plan(planId);
        PastedItems.Pasted read = pasted.parse(rows, plan.year());
        ItemsPreview preview = amendments.previewItems(planId, read.json(), reason);
        if (!preview.canAdd()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        model.addAttribute("preview", preview);
        model.addAttribute("pasted", read);
        model.addAttribute("plan", plan);
        model.addAttribute("columns", COLUMNS_SHOWN);
        return "plans/add-items-preview";
    }

    /** A refused confirmation: the preview as the plan now is, under the reason it was refused. */
    private String again(String planId, List<String> errors, HttpStatus status, HttpServletResponse response,
                         Model model) {
        try {
            String page = previewPage(planId, (String) model.getAttribute("rows"),
                    (String) model.getAttribute("reason"), response, model);
            response.setStatus(status.value());
            model.addAttribute("errors", errors);
            return page;
        } catch (PlanInputException e) {
            return refused(planId, e.problems(), response, model);
        }
    }

    private String refused(String planId, List<String> errors, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("errors", errors);
        return form(planId, model);
    }

    /** The last item number the preview saw, sent back by the confirm form. */
    private static Integer previewed(String lastItemNo) {
        String value = lastItemNo == null ? "" : lastItemNo.trim();
        if (!value.matches("\\d{1,9}")) {
            throw PlanInputException.field("lastItemNo", "importer.addItems.badChecksum");
        }
        return Integer.valueOf(value);
    }

    private Plan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.get("importer.plan.notFound", planId)));
    }
}
