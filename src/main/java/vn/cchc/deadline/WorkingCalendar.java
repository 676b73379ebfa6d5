package vn.cchc.deadline;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** The Vietnamese working calendar. (stub: weekends only) */
public final class WorkingCalendar {

    /** Loads the per-year official overrides from {@code config/calendar/}. */
    public static WorkingCalendar load(Path calendarDir) {
        return new WorkingCalendar();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day a deadline really ends: the next working day when the last day is a day off. */
    public LocalDate effectiveDue(LocalDate due) {
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

    /** Adds (or, for negative n, subtracts) n working days. */
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
}
