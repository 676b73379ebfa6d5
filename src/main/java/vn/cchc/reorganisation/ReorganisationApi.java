package vn.cchc.reorganisation;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.shared.Messages;

/**
 * REST: {@code GET /api/agencies/reorganisations} (made ones), {@code POST …/preview} (what would move, nothing
 * written), {@code POST /api/agencies/reorganisations} (apply: 201 with the id and the moves), {@code GET …/{id}}
 * (its history). Body: {@code {"kind": "MERGE", "from": ["a", "b"], "to": "c", "effective": "2025-07-01",
 * "reason": "…"}}; a split adds {@code "choices": {"<assignment id>": "<successor>", …}} (its preview lists the open
 * assignments to choose for), a dissolution may leave {@code "to"} out (the work goes back to SNV). Refusals are 422 in the shared answer shape
 * ({@code shared.web.UserInputAdvice}: code, Vietnamese message, problems). For SNV and administrators (rule in the
 * security chain).
 */
@RestController
@RequestMapping("/api/agencies/reorganisations")
class ReorganisationApi {

    private final Reorganisations reorganisations;
    private final Messages messages;

    ReorganisationApi(Reorganisations reorganisations, Messages messages) {
        this.reorganisations = reorganisations;
        this.messages = messages;
    }

    record Body(String kind, List<String> from, String to, String effective, String reason,
                Map<String, String> choices) {
    }

    @GetMapping
    List<Reorganisations.Done> list() {
        return reorganisations.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable long id) {
        return reorganisations.find(id)
                .map(done -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("reorganisation", done);
                    json.put("moves", reorganisations.moves(id));
                    return ResponseEntity.ok(json);
                })
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReorganisationPreview> preview(@RequestBody Body body, Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        ReorganisationPreview preview = reorganisations.preview(request(body));
        return ResponseEntity.status(preview.canApply() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(preview);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> apply(@RequestBody Body body, Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        long id = reorganisations.apply(request(body), principal.getName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("moves", reorganisations.moves(id));
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    private ReorganisationRequest request(Body body) {
        ReorganisationKind kind = null;
        if (body.kind() != null) {
            try {
                kind = ReorganisationKind.valueOf(body.kind().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ReorganisationException.of("agency.reorg.kind");
            }
        }
        return new ReorganisationRequest(kind, body.from(), body.to(), date(body.effective(), messages), body.reason(),
                body.choices());
    }

    static LocalDate date(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ReorganisationException.of("agency.reorg.effective.invalid", text);
        }
    }
}
