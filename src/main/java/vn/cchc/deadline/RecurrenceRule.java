package vn.cchc.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A period-relative recurring deadline as the plan writes it: "Chậm nhất ngày 18 tháng cuối mỗi quý" is
 * {@code (QUARTER, 18, LAST)}, "Ngày 15 hằng tháng" {@code (MONTH, 15, -)}, "Trước ngày 10/12 hằng năm"
 * {@code (YEAR, 9, 12)} ("trước" is the day before). The follow-up makes one checkpoint per period from
 * {@link #datesIn(int, WorkingCalendar)}.
 *
 * @param period the period the deadline repeats in
 * @param day    the day of the month, 1-31 (clamped to the month's length), or {@link #LAST} for its last day
 * @param month  the month inside the period: 1-3 in a quarter, 1-12 in a year, or {@link #LAST} for the period's
 *               last month; {@link #LAST} and ignored for {@link Period#MONTH}
 */
public record RecurrenceRule(Period period, int day, int month) {

    /** The last day of the month, or the last month of the period. */
    public static final int LAST = 0;

    public enum Period {
        MONTH, QUARTER, YEAR;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        int months() {
            return switch (this) {
                case MONTH -> 1;
                case QUARTER -> 3;
                case YEAR -> 12;
            };
        }
    }

    public RecurrenceRule {
        if (period == null || day < LAST || day > 31 || month < LAST || month > period.months()) {
            throw new IllegalArgumentException("invalid recurrence rule: " + period + " " + day + " " + month);
        }
        if (period == Period.MONTH) {
            month = LAST;
        }
    }

    /**
     * The nominal dates of the rule within {@code year}, one per period, in order (12, 4 or 1), before any
     * working-day shift. Pure: depends on nothing but its arguments.
     */
    public List<LocalDate> datesIn(int year) {
        List<LocalDate> dates = new ArrayList<>();
        int length = period.months();
        for (int first = 1; first <= 12; first += length) {
            int m = first - 1 + (month == LAST ? length : month);
            YearMonth ym = YearMonth.of(year, m);
            dates.add(day == LAST ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth())));
        }
        return dates;
    }

    /**
     * The checkpoints of the rule within {@code year} on the working calendar: each nominal date of
     * {@link #datesIn(int)} moved by {@link WorkingCalendar#effectiveDue} (to the next working day when it is a day
     * off, unless the calendar keeps due dates on days off). This is the function the follow-up calls to make one
     * checkpoint per period.
     */
    public List<LocalDate> datesIn(int year, WorkingCalendar calendar) {
        return datesIn(year).stream().map(calendar::effectiveDue).toList();
    }

    /**
     * {@code {"period":"quarter","day":18,"month":"last"}}: {@code day} a number or "last"; {@code month} a number
     * (month inside the period) or "last", absent for a monthly rule.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period.jsonName());
        m.put("day", day == LAST ? "last" : day);
        if (period != Period.MONTH) {
            m.put("month", month == LAST ? "last" : month);
        }
        return m;
    }
}
