package vn.cchc.reorganisation;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Messages;

/**
 * The SNV page: {@code GET /agencies/reorganisations} (the form and the reorganisations made), {@code POST
 * /agencies/reorganisations/preview} (every move, nothing written), {@code POST /agencies/reorganisations} (the
 * confirmation: the same fields again, checked again, then one transaction) and {@code GET
 * /agencies/reorganisations/{id}} (its history). Stateless between preview and confirmation. A split's preview
 * shows a choice of successor per open assignment (posted back as repeated {@code choiceRef}/{@code choiceTo}), to
 * be previewed again and then confirmed.
 */
@Controller
class ReorganisationPages {

    private final Reorganisations reorganisations;
    private final AgencyDirectory directory;
    private final Messages messages;

    ReorganisationPages(Reorganisations reorganisations, AgencyDirectory directory, Messages messages) {
        this.reorganisations = reorganisations;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/agencies/reorganisations")
    String list(Model model, Principal principal) {
        user(principal);
        model.addAttribute("agencies", directory.all());
        model.addAttribute("done", reorganisations.list());
        return "agencies/reorganisations";
    }

    @PostMapping("/agencies/reorganisations/preview")
    String preview(@RequestParam(required = false) String kind, @RequestParam(required = false) List<String> from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String effective,
                   @RequestParam(required = false) String reason,
                   @RequestParam(required = false) List<String> choiceRef,
                   @RequestParam(required = false) List<String> choiceTo, Model model, Principal principal) {
        user(principal);
        model.addAttribute("agencies", directory.all());
        model.addAttribute("done", reorganisations.list());
        try {
            ReorganisationPreview preview = reorganisations.preview(request(kind, from, to, effective, reason,
                    choiceRef, choiceTo));
            model.addAttribute("preview", preview);
            model.addAttribute("effective", effective);
            model.addAttribute("toName", preview.moves().isEmpty() && !preview.canApply() ? ""
                    : reorganisations.name(preview.request().to()));
        } catch (ReorganisationException e) {
            model.addAttribute("errors", e.problems());
        }
        return "agencies/reorganisations";
    }

    @PostMapping("/agencies/reorganisations")
    String apply(@RequestParam(required = false) String kind, @RequestParam(required = false) List<String> from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String effective,
                 @RequestParam(required = false) String reason,
                 @RequestParam(required = false) List<String> choiceRef,
                 @RequestParam(required = false) List<String> choiceTo, Model model, Principal principal) {
        String user = user(principal);
        try {
            long id = reorganisations.apply(request(kind, from, to, effective, reason, choiceRef, choiceTo), user);
            return "redirect:/agencies/reorganisations/" + id;
        } catch (ReorganisationException e) {
            model.addAttribute("agencies", directory.all());
            model.addAttribute("done", reorganisations.list());
            model.addAttribute("errors", e.problems());
            return "agencies/reorganisations";
        }
    }

    @GetMapping("/agencies/reorganisations/{id}")
    String one(@PathVariable long id, Model model, Principal principal) {
        user(principal);
        model.addAttribute("reorganisation", reorganisations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("moves", reorganisations.moves(id));
        return "agencies/reorganisation";
    }

    private ReorganisationRequest request(String kind, List<String> from, String to, String effective,
                                          String reason, List<String> choiceRef, List<String> choiceTo) {
        ReorganisationKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ReorganisationKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new ReorganisationException(List.of(messages.get("agency.reorg.kind")));
            }
        }
        Map<String, String> choices = new LinkedHashMap<>();
        if (choiceRef != null && choiceTo != null) {
            for (int i = 0; i < Math.min(choiceRef.size(), choiceTo.size()); i++) {
                choices.put(choiceRef.get(i), choiceTo.get(i));
            }
        }
        return new ReorganisationRequest(k, from, to, ReorganisationApi.date(effective, messages), reason,
                k == ReorganisationKind.SPLIT || k == ReorganisationKind.REASSIGN ? choices : Map.of());
    }

    private static String user(Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return principal.getName();
    }
}
