package vn.cchc.importer.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.plan.Amendment;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.Plans;

/**
 * Amendments of an issued plan: {@code POST /api/plans/{planId}/amendments/items} with
 * {@code {"reason": "...", "items": [ ...draft form format... ]}}, {@code POST .../amendments/deadline} with
 * {@code {"itemNo": 5, "due": "Quý III/2024", "reason": "..."}}, and {@code GET .../amendments} (history).
 */
@RestController
class AmendmentsApi {

    private final PlanAmendments amendments;
    private final Plans plans;

    AmendmentsApi(PlanAmendments amendments, Plans plans) {
        this.amendments = amendments;
        this.plans = plans;
    }

    @PostMapping(path = "/api/plans/{planId}/amendments/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PlanItem> addItems(@PathVariable String planId, @RequestBody JsonNode body, HttpServletRequest request) {
        JsonNode list = body.get("items");
        return amendments.addItems(planId, list == null ? null : list.toString(), text(body, "reason"), user(request));
    }

    @PostMapping(path = "/api/plans/{planId}/amendments/deadline", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanItem changeDeadline(@PathVariable String planId, @RequestBody JsonNode body, HttpServletRequest request) {
        if (body.get("itemNo") == null || !body.get("itemNo").canConvertToInt()) {
            throw PlanInputException.field("itemNo", "importer.amendment.itemNoMissing");
        }
        return amendments.changeDeadline(planId, body.get("itemNo").asInt(), text(body, "due"), text(body, "reason"),
                user(request));
    }

    @GetMapping("/api/plans/{planId}/amendments")
    List<Amendment> history(@PathVariable String planId) {
        plans.named(planId);
        return amendments.history(planId);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String user(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
