package vn.cchc.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.shared.Messages;

/**
 * The what-if of a plan year ({@code /dashboard/what-if?plan=}, linked from the SNV review and the leader's approval
 * forms) and its figures as JSON ({@code /dashboard/what-if/data?plan=}, drawn by {@code /dashboard/what-if.js}).
 * Leaders and SNV only; reads only.
 */
@Controller
class WhatIfPages {

    private final WhatIf whatIf;
    private final DashboardQueries queries;
    private final DashboardAccess access;
    private final Messages messages;

    WhatIfPages(WhatIf whatIf, DashboardQueries queries, DashboardAccess access, Messages messages) {
        this.whatIf = whatIf;
        this.queries = queries;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/dashboard/what-if")
    String page(@RequestParam String plan, Authentication user, Model model) {
        model.addAttribute("data", data(plan, user));
        return "dashboard/what-if";
    }

    @GetMapping(value = "/dashboard/what-if/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    WhatIfData data(@RequestParam String plan, Authentication user) {
        access.leader(user);
        return whatIf.of(queries.plan(plan).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                messages.get("dashboard.planNotFound", plan))));
    }
}
