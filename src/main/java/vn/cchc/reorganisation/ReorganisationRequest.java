package vn.cchc.reorganisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reorganisation as SNV enters it: kind, the agencies that end, the (main) successor, the effective date and why.
 * {@code choices} is a split's division of the work: open assignment id → the successor SNV chose for it (empty for
 * the other kinds). A dissolution's {@code to} may be empty: the work goes back to SNV.
 */
public record ReorganisationRequest(ReorganisationKind kind, List<String> from, String to, LocalDate effective,
                                    String reason, Map<String, String> choices) {

    public ReorganisationRequest {
        from = from == null ? List.of() : from.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
        to = to == null ? "" : to.trim();
        reason = reason == null ? "" : reason.trim();
        Map<String, String> chosen = new LinkedHashMap<>();
        if (choices != null) {
            choices.forEach((ref, agency) -> {
                if (ref != null && !ref.isBlank() && agency != null && !agency.isBlank()) {
                    chosen.put(ref.trim(), agency.trim());
                }
            });
        }
        choices = java.util.Collections.unmodifiableMap(chosen);
    }

    public ReorganisationRequest(ReorganisationKind kind, List<String> from, String to, LocalDate effective,
                                 String reason) {
        this(kind, from, to, effective, reason, Map.of());
    }

    /** The successor SNV chose for an open assignment, else the main successor. */
    public String successorOf(String assignmentId) {
        return choices.getOrDefault(assignmentId, to);
    }
}
