package vn.cchc.carryover;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.plan.PlanInputException;

/**
 * REST: {@code GET /api/plans/{planId}/carry-over} (what next year's draft can take from last year's plans, with
 * the agencies then and now; nothing written) and {@code POST /api/plans/{planId}/carry-over} with
 * {@code {"items": ["<source plan>:<item no>", …]}} (none: every item that can be taken) to append them to the draft.
 * Refusals are 422 (404 for an unknown plan) in the shared answer shape ({@code shared.web.UserInputAdvice}).
 * Under the {@code /api/plans/**} rule (SNV specialists).
 */
@RestController
class CarryOverApi {

    private final CarryOvers carryOvers;

    CarryOverApi(CarryOvers carryOvers) {
        this.carryOvers = carryOvers;
    }

    record Body(List<String> items) {
    }

    @GetMapping("/api/plans/{planId}/carry-over")
    CarryOverPreview preview(@PathVariable String planId) {
        found(planId);
        return carryOvers.preview(planId);
    }

    @PostMapping(path = "/api/plans/{planId}/carry-over", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> take(@PathVariable String planId, @RequestBody(required = false) Body body,
                                             Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        found(planId);
        List<CarriedItem> taken = carryOvers.take(planId, body == null ? List.of() : body.items(),
                principal.getName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taken", taken);
        json.put("preview", carryOvers.preview(planId));
        return ResponseEntity.ok(json);
    }

    private void found(String planId) {
        if (carryOvers.plan(planId).isEmpty()) {
            throw PlanInputException.notFound("carryover.planNotFound", planId);
        }
    }
}
