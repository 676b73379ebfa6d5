package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed deadline phrase. {@code dates} are the last allowed days as the plan writes them (before any
 * working-day shift); {@code byAgency} maps an agency class as written to its own deadline (kind PER_AGENCY);
 * {@code rule} is the period-relative rule of a recurring deadline that names a day ("Ngày 15 hằng tháng"), else
 * null; {@code doubts} are the readings a careful official would check (shown on the item's row).
 */
public record Deadline(String text, DeadlineKind kind, List<LocalDate> dates, boolean recurring, String milestone,
                       Map<String, Deadline> byAgency, RecurrenceRule rule, List<Doubt> doubts) {

    public Deadline {
        dates = List.copyOf(dates);
        // keeps the agency classes in the order the plan writes them
        byAgency = Collections.unmodifiableMap(new LinkedHashMap<>(byAgency));
        doubts = doubts == null || doubts.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(doubts));
    }

    public Deadline(String text, DeadlineKind kind, List<LocalDate> dates, boolean recurring, String milestone,
                    Map<String, Deadline> byAgency) {
        this(text, kind, dates, recurring, milestone, byAgency, null, List.of());
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

    /** A date before the plan year: the phrase needs SNV's confirmation before any of its dates is deployed. */
    public boolean suspicious() {
        return doubts.contains(Doubt.EARLY_DATE);
    }

    /**
     * This deadline as it may be deployed before SNV confirms it: the same, or, when {@link #suspicious()}, without
     * its dates (kind and text kept), so no task starts already overdue. For PER_AGENCY only the classes whose own
     * phrase is suspicious lose their dates.
     */
    public Deadline withoutUnconfirmedDates() {
        if (!suspicious()) {
            return this;
        }
        if (kind != DeadlineKind.PER_AGENCY) {
            return new Deadline(text, kind, List.of(), recurring, milestone, byAgency, rule, doubts);
        }
        Map<String, Deadline> classes = new LinkedHashMap<>();
        List<LocalDate> union = new ArrayList<>();
        byAgency.forEach((agency, d) -> {
            Deadline kept = d.withoutUnconfirmedDates();
            classes.put(agency, kept);
            union.addAll(kept.dates());
        });
        return new Deadline(text, kind, union.stream().distinct().sorted().toList(), recurring, milestone, classes,
                rule, doubts);
    }

    /** The doubts as a set, for callers that test several. */
    public Set<Doubt> doubtSet() {
        return doubts.isEmpty() ? EnumSet.noneOf(Doubt.class) : EnumSet.copyOf(doubts);
    }
}
