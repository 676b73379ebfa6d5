package vn.cchc.deadline;

import java.util.Locale;

/**
 * A reading of a deadline phrase that a careful official would check (issue 14, class 8). The parser still gives
 * its best reading; callers show every doubt on the item's row, and withhold dates that are {@link #EARLY_DATE}.
 */
public enum Doubt {
    /** A date before the plan year: kept, but never deployed as a due date until SNV confirms or corrects it. */
    EARLY_DATE,
    /** Several meanings (ongoing, recurring, event, per regulation) named at once: the kind chose by precedence. */
    KIND_BY_PRECEDENCE,
    /** A holiday without a year ("Trước Tết Nguyên đán"), or a can-chi year alone: the year was chosen by rule. */
    HOLIDAY_YEAR_ASSUMED,
    /**
     * "Trước <holiday>": the day before the holiday is often inside its break (Tết), and the working-day shift
     * then moves the due date after the break; SNV checks it.
     */
    BEFORE_HOLIDAY_BREAK,
    /** A can-chi year name that does not match the Gregorian year written beside it: the Gregorian year is used. */
    HOLIDAY_YEAR_MISMATCH,
    /** A date inside a reference to another document ("Quyết định số … ngày …") was not read as a deadline. */
    REFERENCE_DATE_IGNORED;

    /** The name used in JSON output: {@code early_date}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
