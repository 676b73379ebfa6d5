package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holiday-anchored deadlines (issue 14, class 4): "Trước Tết Nguyên đán", "Trước Tết Nguyên đán Ất Tỵ 2025",
 * "trước dịp Quốc khánh 2/9", "Dịp Giỗ Tổ Hùng Vương". "Trước" is the day before the holiday's first day; without
 * "trước" the holiday's first day itself; "sau" is left to the keyword rules (an event). The year: the Gregorian
 * year written; else the can-chi year name's year nearest the plan year; else the holiday inside the plan year
 * (Tết Dương lịch: the 1 January that ends the plan year). Lunar holidays come from {@link LunarDates}.
 */
final class Holidays {

    record Found(List<LocalDate> dates, Set<Doubt> doubts) {
    }

    private record Holiday(Pattern name, IntFunction<LocalDate> date, boolean nextYear) {
    }

    private static final String[] STEMS = {"giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"};
    private static final String[] BRANCHES =
            {"ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"};
    private static final String CAN_CHI = "(giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\\s+"
            + "(ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)(?![a-z])";

    private static final List<Holiday> HOLIDAYS = List.of(
            new Holiday(Pattern.compile("tet duong lich|tet tay"), y -> LocalDate.of(y, 1, 1), true),
            new Holiday(Pattern.compile("tet(?:\\s+(?:nguyen dan|am lich|co truyen))?(?![a-z])"), LunarDates::tet, false),
            new Holiday(Pattern.compile("(?:ngay\\s+)?gio to hung vuong(?:\\s+10\\s*/\\s*3(?:\\s+am lich)?)?"),
                    LunarDates::hungKings, false),
            new Holiday(Pattern.compile("(?:ngay\\s+)?quoc khanh(?:\\s+(?:nuoc\\s+chxhcn viet nam\\s+)?(?:ngay\\s+)?2\\s*/\\s*9)?"),
                    y -> LocalDate.of(y, 9, 2), false),
            new Holiday(Pattern.compile("(?:ngay\\s+)?(?:giai phong (?:hoan toan )?mien nam|thong nhat dat nuoc)"
                    + "(?:[^;]{0,40}?30\\s*/\\s*4)?"), y -> LocalDate.of(y, 4, 30), false),
            new Holiday(Pattern.compile("(?:ngay\\s+)?quoc te lao dong(?:\\s+(?:ngay\\s+)?1\\s*/\\s*5)?"),
                    y -> LocalDate.of(y, 5, 1), false));

    private static final Pattern BEFORE = Pattern.compile("(truoc|sau|cham nhat)\\s+(?:(?:ky\\s+)?nghi\\s+|dip\\s+|le\\s+|ky niem\\s+)*$");
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*)?(?:" + CAN_CHI + ")?\\s*(?:nam\\s+)?(?:(\\d{4})(?!\\d))?");

    private Holidays() {
    }

    /** Finds holiday anchors in the folded {@code text}, blanking them; "sau" anchors are blanked but give no date. */
    static Found extract(StringBuilder text, int planYear) {
        List<LocalDate> dates = new ArrayList<>();
        Set<Doubt> doubts = java.util.EnumSet.noneOf(Doubt.class);
        if (!mayHaveHoliday(text)) {
            return new Found(dates, doubts);
        }
        for (Holiday holiday : HOLIDAYS) {
            Matcher m = holiday.name().matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                    continue;
                }
                String head = text.substring(Math.max(0, m.start() - 24), m.start());
                Matcher before = BEFORE.matcher(head);
                boolean anchored = before.find();
                String relation = anchored ? before.group(1) : "";
                Matcher year = YEAR_AFTER.matcher(text.subSequence(m.end(), text.length()));
                year.find();
                int end = m.end() + year.end();
                // "sau" stays in the text: the keyword rules read "Sau Tết" as an event
                int start = anchored && !"sau".equals(relation) ? m.start() - (head.length() - before.start()) : m.start();
                spans.add(new int[] {start, end});
                if ("sau".equals(relation)) {
                    continue;
                }
                int y = year(holiday, year, planYear, doubts);
                LocalDate day = holiday.date().apply(y);
                if ("truoc".equals(relation)) {
                    doubts.add(Doubt.BEFORE_HOLIDAY_BREAK);
                }
                dates.add("truoc".equals(relation) ? day.minusDays(1) : day);
            }
            for (int[] span : spans) {
                for (int i = span[0]; i < span[1]; i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return new Found(dates, doubts);
    }

    private static boolean mayHaveHoliday(CharSequence text) {
        String s = text.toString();
        return s.contains("tet") || s.contains("quoc khanh") || s.contains("hung vuong") || s.contains("mien nam")
                || s.contains("thong nhat") || s.contains("lao dong");
    }

    private static int year(Holiday holiday, Matcher year, int planYear, Set<Doubt> doubts) {
        Integer canChi = year.group(1) == null ? null : canChiIndex(year.group(1), year.group(2));
        if (year.group(3) != null) {
            int gregorian = Integer.parseInt(year.group(3));
            if (canChi != null && Math.floorMod(gregorian - 4, 60) != canChi) {
                doubts.add(Doubt.HOLIDAY_YEAR_MISMATCH);
            }
            return gregorian;
        }
        doubts.add(Doubt.HOLIDAY_YEAR_ASSUMED);
        if (canChi != null) {
            return nearest(canChi, planYear);
        }
        return holiday.nextYear() ? planYear + 1 : planYear;
    }

    /** Index 0-59 in the sexagenary cycle (Giáp Tý = 0, as 1984); null for an impossible pair. */
    static Integer canChiIndex(String stem, String branch) {
        int s = List.of(STEMS).indexOf(stem);
        for (int b = 0; b < BRANCHES.length; b++) {
            // "tý" and "tỵ" fold alike; the pair's parity tells them apart (stems and branches alternate together)
            if (BRANCHES[b].equals(branch) && b % 2 == s % 2) {
                for (int i = 0; i < 60; i++) {
                    if (i % 10 == s && i % 12 == b) {
                        return i;
                    }
                }
            }
        }
        return null;
    }

    /** The Gregorian year (of that Tết) with the cycle index nearest {@code planYear}; the later one on a tie. */
    static int nearest(int index, int planYear) {
        int base = planYear - Math.floorMod(planYear - 4 - index, 60);
        return planYear - base < base + 60 - planYear ? base : base + 60;
    }
}
