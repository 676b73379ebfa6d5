package vn.cchc.reorganisation;

import java.time.LocalDate;
import java.util.List;

/** A reorganisation as SNV enters it: kind, the agencies that end, the successor, the effective date and why. */
public record ReorganisationRequest(ReorganisationKind kind, List<String> from, String to, LocalDate effective,
                                    String reason) {

    public ReorganisationRequest {
        from = from == null ? List.of() : from.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
        to = to == null ? "" : to.trim();
        reason = reason == null ? "" : reason.trim();
    }
}
