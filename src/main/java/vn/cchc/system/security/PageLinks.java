package vn.cchc.system.security;

import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.shared.Messages;

/**
 * The links of the page header (the application's pages, {@code templates/layout/header.html}, and the Tasklist's,
 * {@code cchc-tasklist.js} through {@code GET /me/links}): only the pages the user may open. The answer comes from
 * the security chain itself ({@link WebInvocationPrivilegeEvaluator} runs the chain's rules for the path and the
 * user), so the header cannot drift from the one table of rules: an official is not shown the dashboard or the list of
 * plans, which would answer 403.
 */
@RestController
public class PageLinks {

    /** One header link: where it goes and its Vietnamese label. */
    public record Link(String href, String label) {
    }

    private static final List<String[]> PAGES = List.of(
            new String[] {"/camunda/app/tasklist/", "header.tasklist"},
            new String[] {"/plans", "header.plans"},
            new String[] {"/dashboard", "header.dashboard"},
            new String[] {"/reports", "header.reports"},
            new String[] {"/notifications", "header.notifications"});

    private final WebInvocationPrivilegeEvaluator evaluator;
    private final Messages messages;

    PageLinks(WebInvocationPrivilegeEvaluator evaluator, Messages messages) {
        this.evaluator = evaluator;
        this.messages = messages;
    }

    /** The pages {@code user} may open, in the header's order; none for a request without a user. */
    public List<Link> of(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return List.of();
        }
        // with the method: the chain's rules for pages are GET rules, and a request without one matches none
        return PAGES.stream().filter(p -> evaluator.isAllowed("", p[0], "GET", user))
                .map(p -> new Link(p[0], messages.get(p[1]))).toList();
    }

    @GetMapping(value = "/me/links", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Link> mine(Authentication user) {
        return of(user);
    }

    /** {@code headerLinks} for every page the application renders itself. */
    @ControllerAdvice(annotations = Controller.class)
    static class HeaderAdvice {

        private final PageLinks links;

        HeaderAdvice(PageLinks links) {
            this.links = links;
        }

        @ModelAttribute("headerLinks")
        List<Link> headerLinks(Principal principal) {
            return principal instanceof Authentication user ? links.of(user) : List.of();
        }
    }
}
