package vn.cchc.reorganisation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a reorganisation would move, before anything is written; {@code problems} non-empty refuses it. */
public record ReorganisationPreview(ReorganisationRequest request, List<Move> moves, List<String> problems) {

    public boolean canApply() {
        return problems.isEmpty();
    }

    /** How many moves of each kind, for the page's summary. */
    public Map<Move.MoveKind, Long> counts() {
        Map<Move.MoveKind, Long> counts = new TreeMap<>();
        moves.forEach(m -> counts.merge(m.kind(), 1L, Long::sum));
        return counts;
    }
}
