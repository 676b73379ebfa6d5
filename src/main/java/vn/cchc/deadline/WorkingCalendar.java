package vn.cchc.deadline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Vietnamese working calendar: weekends, public holidays (computed from the Labour Code and the lunar
 * calendar), and the official per-year days off and make-up working days from {@code config/calendar/}.
 * Thread-safe; each year is computed once, on first use.
 */
public final class WorkingCalendar {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.ya?ml");

    private final Map<Integer, OfficialYear> official;
    private final boolean shiftDueToNextWorkingDay;
    private final ConcurrentMap<Integer, CalendarYear> years = new ConcurrentHashMap<>();

    private WorkingCalendar(Map<Integer, OfficialYear> official, boolean shiftDueToNextWorkingDay) {
        this.official = Map.copyOf(official);
        this.shiftDueToNextWorkingDay = shiftDueToNextWorkingDay;
    }

    /** Loads the per-year official overrides from {@code calendarDir}; a missing folder means computed defaults. */
    public static WorkingCalendar load(Path calendarDir) {
        return load(calendarDir, true);
    }

    /**
     * @param shiftDueToNextWorkingDay when true (Civil Code art. 148), a deadline whose last day is a day off
     *                                 ends on the next working day; when false, {@link #effectiveDue} keeps it
     * @throws IllegalArgumentException when a file in the folder is malformed
     */
    public static WorkingCalendar load(Path calendarDir, boolean shiftDueToNextWorkingDay) {
        Map<Integer, OfficialYear> byYear = new HashMap<>();
        if (calendarDir != null && Files.isDirectory(calendarDir)) {
            try (Stream<Path> files = Files.list(calendarDir)) {
                for (Path file : files.sorted().toList()) {
                    var m = YEAR_FILE.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        OfficialYear year = OfficialYear.read(file);
                        if (year.year() != Integer.parseInt(m.group(1))) {
                            throw new IllegalArgumentException(file + ": 'year' does not match the file name");
                        }
                        byYear.put(year.year(), year);
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(calendarDir + ": " + e.getMessage(), e);
            }
        }
        return new WorkingCalendar(byYear, shiftDueToNextWorkingDay);
    }

    /** Computed defaults only, no official overrides. */
    public static WorkingCalendar computedDefaults() {
        return new WorkingCalendar(Map.of(), true);
    }

    public CalendarYear year(int year) {
        return years.computeIfAbsent(year, y -> CalendarYear.build(y, Optional.ofNullable(official.get(y))));
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    /** The day a deadline really ends: the next working day when the last day is a day off (if configured). */
    public LocalDate effectiveDue(LocalDate due) {
        if (!shiftDueToNextWorkingDay) {
            return due;
        }
        LocalDate d = due;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Adds (or, for negative n, subtracts) n working days; the result is always a working day unless n is 0. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. For a working day {@code to}: {@code plusWorkingDays(from, workingDaysBetween(from, to))}
     * is {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countWorkingDays(to.minusDays(1), from.minusDays(1));
        }
        return countWorkingDays(from, to);
    }

    private int countWorkingDays(LocalDate exclusiveStart, LocalDate inclusiveEnd) {
        int count = 0;
        for (LocalDate d = exclusiveStart.plusDays(1); !d.isAfter(inclusiveEnd); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
