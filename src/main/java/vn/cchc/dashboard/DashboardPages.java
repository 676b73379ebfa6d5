package vn.cchc.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.shared.Messages;

/**
 * The leaders' dashboard: {@code /dashboard} (the page; its charts are drawn by {@code /js/dashboard.js} from
 * {@code /dashboard/data}), {@code /dashboard/data} (the figures as JSON) and {@code /dashboard/export.xlsx}
 * (the same figures as a workbook). All three take the same filters and read the same {@link DashboardData}.
 */
@Controller
class DashboardPages {

    private final DashboardQueries queries;
    private final DashboardAccess access;
    private final DashboardXlsx xlsx;
    private final Messages messages;
    private final Clock clock;

    DashboardPages(DashboardQueries queries, DashboardAccess access, DashboardXlsx xlsx, Messages messages,
                   Clock clock) {
        this.queries = queries;
        this.access = access;
        this.xlsx = xlsx;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String plan, @RequestParam(required = false) String period,
                @RequestParam(required = false) String area, @RequestParam(required = false) String agencyClass,
                Authentication user, Model model) {
        DashboardScope scope = access.scope(user);
        DashboardFilter filter = DashboardFilter.of(plan, period, area, agencyClass);
        DashboardData data = load(filter, scope);
        model.addAttribute("data", data);
        model.addAttribute("filter", filter.withPlan(data.plan() == null ? null : data.plan().id()));
        model.addAttribute("scope", scope);
        java.util.Map<String, String> areas = new java.util.LinkedHashMap<>();
        for (Area a : Area.values()) {
            areas.put(a.code(), messages.get("dashboard.area." + a.code()));
        }
        model.addAttribute("areas", areas);
        return "dashboard/index";
    }

    @GetMapping(value = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DashboardData data(@RequestParam(required = false) String plan, @RequestParam(required = false) String period,
                       @RequestParam(required = false) String area,
                       @RequestParam(required = false) String agencyClass, Authentication user) {
        return load(DashboardFilter.of(plan, period, area, agencyClass), access.scope(user));
    }

    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String plan,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String area,
                                  @RequestParam(required = false) String agencyClass, Authentication user) {
        DashboardData data = load(DashboardFilter.of(plan, period, area, agencyClass), access.scope(user));
        String name = "bang-dieu-hanh-" + (data.plan() == null ? "" : data.plan().id()) + "-" + data.today()
                + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx.write(data));
    }

    private DashboardData load(DashboardFilter filter, DashboardScope scope) {
        List<DashboardData.PlanRef> plans = queries.plans();
        DashboardData.PlanRef plan;
        if (filter.planId() != null) {
            plan = plans.stream().filter(p -> p.id().equals(filter.planId())).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                            messages.get("dashboard.planNotFound", filter.planId())));
        } else if (plans.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("dashboard.noPlan"));
        } else {
            plan = plans.get(0);
        }
        Instant now = clock.instant();
        return queries.load(plan, plans, filter, scope, now);
    }
}
