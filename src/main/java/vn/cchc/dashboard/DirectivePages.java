package vn.cchc.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Messages;

/**
 * The directive form ({@code GET /dashboard/directives/new?plan=&agency=[&item=]}, from an agency's bar or an
 * overdue item) and its submission ({@code POST /dashboard/directives}, with the security chain's CSRF token):
 * leaders and SNV only. A refused directive shows the reasons on the form (422) and sends nothing.
 */
@Controller
class DirectivePages {

    private final Directives directives;
    private final DashboardQueries queries;
    private final DashboardAccess access;
    private final AgencyDirectory directory;
    private final Messages messages;

    DirectivePages(Directives directives, DashboardQueries queries, DashboardAccess access,
                   AgencyDirectory directory, Messages messages) {
        this.directives = directives;
        this.queries = queries;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dashboard/directives/new")
    String form(@RequestParam String plan, @RequestParam String agency, @RequestParam(required = false) Integer item,
                Authentication user, Model model) {
        access.leader(user);
        return show(plan(plan), agency, item, Map.of("token", UUID.randomUUID().toString()), model);
    }

    @PostMapping("/dashboard/directives")
    String send(@RequestParam Map<String, String> form, Authentication user, HttpServletResponse response,
                Model model) {
        access.leader(user);
        DashboardData.PlanRef plan = plan(form.get("plan"));
        Integer item = item(form.get("item"));
        try {
            Directives.Sent sent = directives.send(plan, form.get("agency"), item, form.get("text"),
                    form.get("token"), user.getName());
            return "redirect:/dashboard?plan=" + URLEncoder.encode(plan.id(), StandardCharsets.UTF_8)
                    + "&directiveTasks=" + sent.tasks() + "&directiveMails=" + sent.mails();
        } catch (PlanInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", e.problems());
            return show(plan, form.get("agency"), item, form, model);
        }
    }

    private String show(DashboardData.PlanRef plan, String agencyId, Integer item, Map<String, String> form,
                        Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencyName", directory.byId(agencyId == null ? "" : agencyId)
                .map(a -> a.name()).orElse(agencyId));
        model.addAttribute("item", item);
        model.addAttribute("tasks", agencyId == null ? java.util.List.of()
                : directives.openTasks(plan.id(), agencyId, item));
        model.addAttribute("form", form);
        return "dashboard/directive";
    }

    private DashboardData.PlanRef plan(String id) {
        return queries.plans().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.get("dashboard.planNotFound", id)));
    }

    private static Integer item(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
