package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed deadline phrase. {@code dates} are the last allowed days as the plan writes them (before any
 * working-day shift); {@code byAgency} maps an agency class as written to its own deadline (kind PER_AGENCY).
 */
public record Deadline(String text, DeadlineKind kind, List<LocalDate> dates, boolean recurring, String milestone,
                       Map<String, Deadline> byAgency) {

    public Deadline {
        dates = List.copyOf(dates);
        // keeps the agency classes in the order the plan writes them
        byAgency = Collections.unmodifiableMap(new LinkedHashMap<>(byAgency));
    }

    public static Deadline unknown(String text) {
        return new Deadline(text, DeadlineKind.UNKNOWN, List.of(), false, null, Map.of());
    }

    /** The last date of the phrase, if it has any. */
    public Optional<LocalDate> lastDate() {
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /**
     * True when no date can be computed until SNV sets one or an event happens; for PER_AGENCY, when that is
     * so for any agency class.
     */
    public boolean needsAttention() {
        if (kind == DeadlineKind.PER_AGENCY) {
            return byAgency.values().stream().anyMatch(Deadline::needsAttention);
        }
        return kind == DeadlineKind.EVENT || kind == DeadlineKind.PER_REGULATION || kind == DeadlineKind.UNKNOWN;
    }
}
