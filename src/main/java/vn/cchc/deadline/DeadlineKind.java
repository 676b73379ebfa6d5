package vn.cchc.deadline;

import java.util.Locale;

/** What a deadline phrase means; closed set. */
public enum DeadlineKind {
    FIXED, MULTIPLE, RECURRING, ONGOING, EVENT, PER_REGULATION, PER_AGENCY, UNKNOWN;

    /** The name used in JSON output: {@code fixed}, {@code per_regulation}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
