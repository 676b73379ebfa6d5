package vn.cchc.carryover;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Messages;

/**
 * REST: {@code GET /api/plans/{planId}/carry-over} (what next year's draft can take from last year's plans, with
 * the agencies then and now; nothing written) and {@code POST /api/plans/{planId}/carry-over} with
 * {@code {"items": ["<source plan>:<item no>", …]}} (none: every item that can be taken) to append them to the draft.
 * Refusals are 422 {@code {"problems": [...]}} in Vietnamese. Under the {@code /api/plans/**} rule (SNV specialists).
 */
@RestController
class CarryOverApi {

    private static final Logger LOG = LoggerFactory.getLogger(CarryOverApi.class);

    private final CarryOvers carryOvers;
    private final Messages messages;

    CarryOverApi(CarryOvers carryOvers, Messages messages) {
        this.carryOvers = carryOvers;
        this.messages = messages;
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
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("carryover.planNotFound", planId));
        }
    }

    @ExceptionHandler(PlanInputException.class)
    ResponseEntity<Map<String, Object>> refused(PlanInputException e) {
        LOG.info("Carry-over refused: {}", e.getMessage());
        return ResponseEntity.unprocessableEntity().body(Map.of("problems", e.problems()));
    }
}
