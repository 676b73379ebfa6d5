package vn.cchc.importer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.importer.PlanImport;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.Plans;

/**
 * JSON upload of a draft plan's items ({@code POST /api/plans/{planId}/items}, an array in the draft form's format)
 * and the items as stored ({@code GET}). Problems answer 422 with {@code {"problems": [...]}} in Vietnamese.
 */
@RestController
class PlanItemsApi {

    private final PlanImport planImport;
    private final PlanItems items;
    private final Plans plans;

    PlanItemsApi(PlanImport planImport, PlanItems items, Plans plans) {
        this.planImport = planImport;
        this.items = items;
        this.plans = plans;
    }

    @PostMapping(path = "/api/plans/{planId}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> upload(@PathVariable String planId, @RequestBody String json) {
        List<PlanItem> read = planImport.importJson(planId, json);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("planId", planId);
        answer.put("items", read.size());
        answer.put("assignments", read.stream().mapToInt(i -> i.leadAgencies().size()).sum());
        answer.put("needsDate", read.stream().filter(PlanItem::needsDate).map(PlanItem::itemNo).toList());
        return answer;
    }

    @GetMapping("/api/plans/{planId}/items")
    List<PlanItem> list(@PathVariable String planId) {
        plans.named(planId);
        return items.findByPlan(planId);
    }
}
