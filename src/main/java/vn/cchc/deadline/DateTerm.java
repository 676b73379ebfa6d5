package vn.cchc.deadline;

import java.time.LocalDate;

/** A date found in a phrase: the last allowed day of a day, month, quarter, half-year or year. */
record DateTerm(LocalDate date, Precision precision) {

    enum Precision { DAY, MONTH, QUARTER, HALF_YEAR, YEAR }
}
