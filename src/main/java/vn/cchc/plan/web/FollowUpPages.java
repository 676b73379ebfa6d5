package vn.cchc.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.plan.Amendments;
import vn.cchc.plan.AssignmentExtensions;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.DeadlineEvents;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/**
 * The follow-up of an issued plan: {@code /plans/{planId}/items} lists its items with due dates and statuses;
 * {@code /plans/{planId}/items/{itemNo}} shows one item with its assignments and history, and takes the changes SNV
 * makes to it: a new deadline (or a first date), an extension for one agency or its refusal, the event it waited
 * for. A refused
 * change shows the reason on the page (422) and changes nothing. The SNV director and the UBND leader read the
 * whole plan, an agency head their own agencies' assignments ({@link FollowUpViewer}); neither sees the forms.
 */
@Controller
class FollowUpPages {

    private final Plans plans;
    private final ItemFollowUp followUp;
    private final Amendments history;
    private final PlanAmendments amendments;
    private final AssignmentExtensions extensions;
    private final DeadlineEvents events;
    private final Messages messages;

    FollowUpPages(Plans plans, ItemFollowUp followUp, Amendments history, PlanAmendments amendments,
                  AssignmentExtensions extensions, DeadlineEvents events, Messages messages) {
        this.messages = messages;
        this.plans = plans;
        this.followUp = followUp;
        this.history = history;
        this.amendments = amendments;
        this.extensions = extensions;
        this.events = events;
    }

    @GetMapping("/plans/{planId}/items")
    String list(@PathVariable String planId, @RequestParam(required = false) String agency,
                @RequestParam(required = false) AssignmentStatus status, Authentication user, Model model) {
        FollowUpViewer viewer = viewer(user);
        String agencyId = agency == null || agency.isBlank() ? null : agency;
        model.addAttribute("plan", plan(planId));
        model.addAttribute("editor", viewer.editor());
        model.addAttribute("rows", followUp.rows(planId, agencyId, status, viewer));
        model.addAttribute("agencies", followUp.agencies(planId, viewer));
        model.addAttribute("agency", agencyId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AssignmentStatus.values());
        return "plans/items";
    }

    @GetMapping("/plans/{planId}/items/{itemNo}")
    String item(@PathVariable String planId, @PathVariable int itemNo,
                @RequestParam(required = false) String done, Authentication user, Model model) {
        FollowUpViewer viewer = viewer(user);
        Plan plan = plan(planId);
        ItemFollowUp.ItemRow row = followUp.rows(planId, null, null, viewer).stream()
                .filter(r -> r.item().itemNo() == itemNo).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        Texts.get("plan.followUp.itemNotFound", planId, itemNo)));
        model.addAttribute("plan", plan);
        model.addAttribute("issued", plan.status() == PlanStatus.ISSUED);
        model.addAttribute("editor", viewer.editor());
        model.addAttribute("row", row);
        model.addAttribute("history", history.ofItem(planId, itemNo).stream()
                .filter(h -> h.agencyId() == null || viewer.sees(h.agencyId())).toList());
        model.addAttribute("agencyNames", row.assignments().stream().collect(Collectors.toMap(
                ItemFollowUp.AssignmentRow::agencyId, ItemFollowUp.AssignmentRow::agencyName, (a, b) -> a)));
        model.addAttribute("today", DueDates.format(VietnamTime.today()));
        model.addAttribute("done", done);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "plans/item";
    }

    @PostMapping("/plans/{planId}/items/{itemNo}/deadline")
    String changeDeadline(@PathVariable String planId, @PathVariable int itemNo,
                          @RequestParam Map<String, String> form, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        return change(planId, itemNo, "deadline", form, response, model, () -> amendments.changeDeadline(planId,
                itemNo, form.get("due"), form.get("reason"), user(request)));
    }

    @PostMapping("/plans/{planId}/items/{itemNo}/extension")
    String extend(@PathVariable String planId, @PathVariable int itemNo, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        return change(planId, itemNo, "extension", form, response, model, () -> extensions.extend(planId, itemNo,
                form.get("assignmentId"), form.get("due"), form.get("reason"), user(request)));
    }

    @PostMapping("/plans/{planId}/items/{itemNo}/extension-refusal")
    String refuseExtension(@PathVariable String planId, @PathVariable int itemNo,
                           @RequestParam Map<String, String> form, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        return change(planId, itemNo, "extension-refusal", form, response, model, () -> extensions.refuse(planId,
                itemNo, form.get("assignmentId"), form.get("reason"), user(request)));
    }

    @PostMapping("/plans/{planId}/items/{itemNo}/event")
    String eventOccurred(@PathVariable String planId, @PathVariable int itemNo,
                         @RequestParam Map<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        return change(planId, itemNo, "event", form, response, model, () -> events.record(planId, itemNo,
                form.get("eventDate"), form.get("note"), user(request)));
    }

    private String change(String planId, int itemNo, String action, Map<String, String> form,
                          HttpServletResponse response, Model model, Supplier<?> change) {
        Authentication editor = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        plan(planId);
        try {
            change.get();
        } catch (PlanInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", e.problems());
            model.addAttribute("action", action);
            model.addAttribute("form", form);
            boolean itemExists = followUp.rows(planId, null, null).stream().anyMatch(r -> r.item().itemNo() == itemNo);
            return itemExists ? item(planId, itemNo, null, editor, model) : list(planId, null, null, editor, model);
        }
        return "redirect:/plans/" + planId + "/items/" + itemNo + "?done=" + action;
    }

    private FollowUpViewer viewer(Authentication user) {
        return followUp.viewer(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                messages.get("followup.view.forbidden")));
    }

    private Plan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.get("plan.missing", planId)));
    }

    static String user(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
