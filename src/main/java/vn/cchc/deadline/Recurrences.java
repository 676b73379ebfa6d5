package vn.cchc.deadline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.deadline.RecurrenceRule.Period;

/**
 * Period-relative recurring deadlines that name a day (issue 14, class 5): "Chậm nhất ngày 18 tháng cuối mỗi quý",
 * "Ngày 15 hằng tháng", "Hằng tháng, trước ngày 20", "Trước ngày 10/12 hằng năm". A recurrence word without a day
 * ("Hàng quý", "Định kỳ") gives no rule: the day is not guessed.
 */
final class Recurrences {

    private static final String EVERY = "(?:hang|moi|tung|cac|cua moi|cua cac|cua)\\s+";
    private static final String BEFORE = "(?:(truoc|cham nhat(?:\\s+truoc)?|truoc hoac trong|den|vao|han)\\s+)?";
    /** Which month of the quarter: "tháng cuối", "tháng đầu", "tháng thứ 2", "tháng thứ hai". */
    private static final String MONTH_OF_QUARTER = "thang\\s+(cuoi(?:\\s+cung)?|dau(?:\\s+tien)?|thu\\s+(?:hai|2|ba|3|nhat|1))";

    /** "ngày 18 (của) tháng cuối (của) mỗi quý", "ngày 15 của tháng cuối quý". */
    private static final Pattern QUARTERLY = Pattern.compile(BEFORE + "ngay\\s+(\\d{1,2}|cuoi cung)\\s+(?:cua\\s+)?"
            + MONTH_OF_QUARTER + "\\s+(?:cua\\s+)?(?:" + EVERY + ")?quy(?!\\s+(?:i|ii|iii|iv|\\d)(?![a-z]))");
    /** "ngày 15 hằng tháng", "trước ngày 20 mỗi tháng". */
    private static final Pattern MONTHLY = Pattern.compile(
            BEFORE + "ngay\\s+(\\d{1,2}|cuoi cung)\\s+(?:cua\\s+)?" + EVERY + "thang(?!\\s+\\d)");
    /** "trước ngày 10/12 hằng năm", "ngày 15 tháng 12 hằng năm", "10/12 hàng năm". */
    private static final Pattern YEARLY = Pattern.compile(BEFORE + "(?:ngay\\s+)?(\\d{1,2})\\s*(?:/|\\s+thang\\s+)(\\d{1,2})"
            + "(?!\\s*/\\s*\\d)\\s+(?:cua\\s+)?" + EVERY + "nam(?!\\s+\\d)");
    /** "Hằng tháng, trước ngày 20", "Hằng quý, chậm nhất ngày 18 tháng cuối quý". */
    private static final Pattern EVERY_FIRST = Pattern.compile(
            "(?:hang|moi)\\s+(thang|quy)\\s*[,:;-]?\\s*(?:bao cao\\s+|gui\\s+)?" + BEFORE + "ngay\\s+(\\d{1,2})(?!\\s*/)"
                    + "(?:\\s+(?:cua\\s+)?" + MONTH_OF_QUARTER + "(?:\\s+(?:cua\\s+)?quy)?)?");
    /** "cuối mỗi tháng", "ngày cuối cùng của mỗi quý". */
    private static final Pattern PERIOD_END = Pattern.compile(
            "(?:ngay\\s+cuoi\\s+cung\\s+(?:cua\\s+)?|cuoi\\s+)" + EVERY + "(thang|quy)");

    private Recurrences() {
    }

    /** The rule of the first recurring phrase found, blanking it out of the folded {@code text}. */
    static Optional<RecurrenceRule> extract(StringBuilder text) {
        String s = text.toString();
        if (!(s.contains("hang") || s.contains("moi") || s.contains("quy") || s.contains("tung") || s.contains("cac"))) {
            return Optional.empty();
        }
        Matcher m = QUARTERLY.matcher(text);
        if (m.find()) {
            Integer day = day(m.group(1), m.group(2));
            return blank(text, m, day == null ? null : new RecurrenceRule(Period.QUARTER, day, monthOfQuarter(m.group(3))));
        }
        m = YEARLY.matcher(text);
        if (m.find()) {
            return blank(text, m, yearly(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = MONTHLY.matcher(text);
        if (m.find()) {
            Integer day = day(m.group(1), m.group(2));
            return blank(text, m, day == null ? null : new RecurrenceRule(Period.MONTH, day, RecurrenceRule.LAST));
        }
        m = EVERY_FIRST.matcher(text);
        if (m.find()) {
            Integer day = day(m.group(2), m.group(3));
            if (m.group(1).equals("thang")) {
                return blank(text, m, day == null ? null : new RecurrenceRule(Period.MONTH, day, RecurrenceRule.LAST));
            }
            if (m.group(4) != null && day != null) {
                return blank(text, m, new RecurrenceRule(Period.QUARTER, day, monthOfQuarter(m.group(4))));
            }
            return Optional.empty();
        }
        m = PERIOD_END.matcher(text);
        if (m.find()) {
            Period period = m.group(1).equals("thang") ? Period.MONTH : Period.QUARTER;
            return blank(text, m, new RecurrenceRule(period, RecurrenceRule.LAST, RecurrenceRule.LAST));
        }
        return Optional.empty();
    }

    /** The day, one earlier after "trước"; null when that leaves the month ("trước ngày 01 hằng tháng"). */
    private static Integer day(String relation, String day) {
        if (day.startsWith("cuoi")) {
            return RecurrenceRule.LAST;
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        if (relation != null && relation.startsWith("truoc") && !relation.equals("truoc hoac trong")) {
            return d > 1 ? d - 1 : null;
        }
        return d;
    }

    private static RecurrenceRule yearly(String relation, int day, int month) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        if (relation != null && relation.startsWith("truoc") && !relation.equals("truoc hoac trong")) {
            if (day == 1) {
                return month == 1 ? null : new RecurrenceRule(Period.YEAR, RecurrenceRule.LAST, month - 1);
            }
            return new RecurrenceRule(Period.YEAR, day - 1, month);
        }
        return new RecurrenceRule(Period.YEAR, day, month);
    }

    private static int monthOfQuarter(String which) {
        if (which.startsWith("cuoi") || which.endsWith("ba") || which.endsWith("3")) {
            return which.startsWith("cuoi") ? RecurrenceRule.LAST : 3;
        }
        if (which.startsWith("dau") || which.endsWith("nhat") || which.endsWith("1")) {
            return 1;
        }
        return 2;
    }

    /** Blanks the match; an unusable day gives no rule but the text stays blanked (it is not a one-off date). */
    private static Optional<RecurrenceRule> blank(StringBuilder text, Matcher m, RecurrenceRule rule) {
        for (int i = m.start(); i < m.end(); i++) {
            text.setCharAt(i, ' ');
        }
        text.append(" hang ").append(rule == null ? "nam" : rule.period() == Period.MONTH ? "thang"
                : rule.period() == Period.QUARTER ? "quy" : "nam");
        return Optional.ofNullable(rule);
    }
}
