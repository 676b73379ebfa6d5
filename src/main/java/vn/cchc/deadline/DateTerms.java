package vn.cchc.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.deadline.DateTerm.Precision;

/**
 * Finds the dates of a folded (lower-case, cleaned) phrase. Each recognised span is blanked out of the text so
 * later, coarser patterns do not see it again; what remains is left for the keyword rules.
 */
final class DateTerms {

    record Extraction(List<DateTerm> terms, String rest, boolean startsFrom) {
    }

    private static final String SEP = "\\s*(?:,|va|-|–|den)\\s*";
    private static final String ROMAN = "(?<![\\p{L}\\d])(?:iv|iii|ii|i|[1-4])(?![\\p{L}\\d])";
    private static final String MONTH = "(?<!\\d)(?:0?[1-9]|1[0-2])(?!\\d)";
    private static final String YEAR_SUFFIX = "(?:\\s*/\\s*|\\s+nam\\s+|\\s+)(\\d{4})(?!\\d)";

    private static final Pattern DATE_NUMERIC =
            Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
    private static final Pattern DATE_WORDS =
            Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");
    private static final Pattern QUARTERS = Pattern.compile(
            "qu[yi]\\s+" + ROMAN + "(?:" + SEP + "(?:qu[yi]\\s+)?" + ROMAN + ")*(?:" + YEAR_SUFFIX + ")?");
    private static final Pattern ROMAN_TOKEN = Pattern.compile(ROMAN);
    private static final Pattern MONTHS = Pattern.compile(
            "thang\\s+" + MONTH + "(?:" + SEP + "(?:thang\\s+)?" + MONTH + ")*(?:" + YEAR_SUFFIX + ")?");
    private static final Pattern MONTH_TOKEN = Pattern.compile(MONTH);
    private static final Pattern HALF_YEAR = Pattern.compile("6\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?:tu\\s+)?(?:nam\\s+|giai doan\\s+)?(?<!\\d)(\\d{4})\\s*(?:-|–|den)\\s*(?:nam\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?:(truoc|tu)\\s+)?nam\\s+(\\d{4})(?!\\d)");
    private static final Pattern THIS_YEAR = Pattern.compile("(?:trong|cuoi|het)\\s+nam(?:\\s+nay)?(?!\\s*\\d)");
    private static final Pattern ONLY_YEAR = Pattern.compile("\\s*(\\d{4})\\s*");
    private static final Pattern BEFORE = Pattern.compile("(?:truoc|truoc dip|truoc le)\\s+(?:ngay\\s+)?$");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("-|–|den");

    private DateTerms() {
    }

    static Extraction extract(String folded, int planYear) {
        StringBuilder text = new StringBuilder(folded);
        List<DateTerm> terms = new ArrayList<>();
        boolean[] startsFrom = {false};
        if (ONLY_YEAR.matcher(folded).matches()) {
            yearEnd(Integer.parseInt(folded.trim()), terms);
            return new Extraction(terms, "", false);
        }
        boolean hasMonth = folded.contains("thang");
        if (folded.indexOf('/') >= 0) {
            scan(text, DATE_NUMERIC, m -> day(m, planYear, text, terms));
        }
        if (hasMonth && folded.contains("ngay")) {
            scan(text, DATE_WORDS, m -> day(m, planYear, text, terms));
        }
        if (folded.contains("qu")) {
            scan(text, QUARTERS, m -> periods(m, planYear, text, ROMAN_TOKEN, true, terms));
        }
        if (hasMonth) {
            scan(text, MONTHS, m -> periods(m, planYear, text, MONTH_TOKEN, false, terms));
        }
        scan(text, HALF_YEAR, m -> {
            int year = m.group(2) == null ? planYear : Integer.parseInt(m.group(2));
            int month = m.group(1).equals("dau") ? 6 : 12;
            if (plausible(year)) {
                    terms.add(new DateTerm(YearMonth.of(year, month).atEndOfMonth(), Precision.HALF_YEAR));
            }
        });
        scan(text, YEAR_RANGE, m -> {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to >= from) {
                yearEnd(to, terms);
            }
        });
        scan(text, YEAR, m -> {
            int year = Integer.parseInt(m.group(2));
            if ("tu".equals(m.group(1))) {
                startsFrom[0] = true;
            } else {
                yearEnd("truoc".equals(m.group(1)) ? year - 1 : year, terms);
            }
        });
        scan(text, THIS_YEAR, m -> yearEnd(planYear, terms));
        return new Extraction(terms, text.toString(), startsFrom[0]);
    }

    static void scan(StringBuilder text, Pattern pattern, java.util.function.Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            onMatch.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static void day(Matcher m, int planYear, CharSequence text, List<DateTerm> terms) {
        int year = m.group(3) == null ? planYear : Integer.parseInt(m.group(3));
        if (!plausible(year)) {
            return;
        }
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            terms.add(new DateTerm(isBefore(text, m.start()) ? date.minusDays(1) : date, Precision.DAY));
        } catch (DateTimeException e) {
            // not a calendar date (31/2, 45/13): not a term
        }
    }

    /** A list or range of quarters ({@code quarters}) or months sharing one optional trailing year. */
    private static void periods(Matcher m, int planYear, CharSequence text, Pattern token, boolean quarters,
                                List<DateTerm> terms) {
        int year = m.group(1) == null ? planYear : Integer.parseInt(m.group(1));
        if (!plausible(year)) {
            return;
        }
        int end = m.group(1) == null ? m.end() : m.start(1);
        String body = m.group().substring(0, end - m.start());
        Matcher t = token.matcher(body);
        List<Integer> numbers = new ArrayList<>();
        List<Boolean> rangeBefore = new ArrayList<>();
        int previousEnd = -1;
        while (t.find()) {
            boolean range = previousEnd >= 0 && RANGE_SEPARATOR.matcher(body.substring(previousEnd, t.start())).find();
            numbers.add(quarters ? quarterNumber(t.group()) : Integer.parseInt(t.group()));
            rangeBefore.add(range);
            previousEnd = t.end();
        }
        boolean before = isBefore(text, m.start());
        for (int i = 0; i < numbers.size(); i++) {
            boolean endOfRange = i + 1 < numbers.size() && rangeBefore.get(i + 1);
            if (endOfRange) {
                continue;
            }
            int n = numbers.get(i);
            int lastMonth = quarters ? n * 3 : n;
            int firstMonth = quarters ? lastMonth - 2 : n;
            LocalDate date = before
                    ? YearMonth.of(year, firstMonth).atDay(1).minusDays(1)
                    : YearMonth.of(year, lastMonth).atEndOfMonth();
            terms.add(new DateTerm(date, quarters ? Precision.QUARTER : Precision.MONTH));
        }
    }

    private static int quarterNumber(String token) {
        return switch (token) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /**
     * A year a deadline may name: outside it ("01/01/9999", a slip of the keyboard) the number is not a date term,
     * so a phrase with nothing else readable stays unreadable and is flagged, and no date beyond what the working
     * calendar computes (its lunar holidays) reaches a task.
     */
    static boolean plausible(int year) {
        return year >= 1900 && year <= 2200;
    }

    private static void yearEnd(int year, List<DateTerm> terms) {
        if (plausible(year)) {
            terms.add(new DateTerm(LocalDate.of(year, 12, 31), Precision.YEAR));
        }
    }

    private static boolean isBefore(CharSequence text, int start) {
        int from = Math.max(0, start - 16);
        return BEFORE.matcher(text.subSequence(from, start)).find();
    }
}
