package vn.cchc.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.shared.Texts;

/**
 * Public holidays as the Labour Code 2019 defines them (art. 112), with a compensatory day off on the next
 * working day for a holiday that falls on the weekly rest day (art. 111(3)). Used for every holiday group a
 * year's official file does not replace.
 */
final class DefaultHolidays {

    static final String SOURCE = Texts.get("deadline.defaultSource");

    private DefaultHolidays() {
    }

    static List<CalendarDay> compute(int year, Set<HolidayGroup> replaced) {
        List<CalendarDay> holidays = new ArrayList<>();
        for (HolidayGroup group : HolidayGroup.values()) {
            if (!replaced.contains(group)) {
                for (LocalDate d : days(group, year)) {
                    holidays.add(new CalendarDay(d, CalendarDay.Type.HOLIDAY, group.vietnameseName(), SOURCE, false));
                }
            }
        }
        holidays.addAll(compensatory(holidays));
        holidays.sort((a, b) -> a.date().compareTo(b.date()));
        return holidays;
    }

    static List<LocalDate> days(HolidayGroup group, int year) {
        return switch (group) {
            case NEW_YEAR -> List.of(LocalDate.of(year, 1, 1));
            case TET -> tet(year);
            case HUNG_KINGS -> List.of(LunarDates.hungKings(year));
            case REUNIFICATION -> List.of(LocalDate.of(year, 4, 30));
            case LABOUR_DAY -> List.of(LocalDate.of(year, 5, 1));
            case NATIONAL_DAY -> List.of(LocalDate.of(year, 9, 2), nationalDayAdjacent(year));
        };
    }

    /** The last day of the old lunar year and the first four days of the new one. */
    private static List<LocalDate> tet(int year) {
        LocalDate first = LunarDates.tet(year);
        List<LocalDate> days = new ArrayList<>();
        for (int i = -1; i <= 3; i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    /**
     * The day next to 2/9 that the Government usually picks: 3/9 when 2/9 is a Monday or a Thursday (the day
     * before is a Sunday, or the day after bridges to the weekend), otherwise 1/9.
     */
    static LocalDate nationalDayAdjacent(int year) {
        LocalDate second = LocalDate.of(year, 9, 2);
        DayOfWeek dow = second.getDayOfWeek();
        return dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY ? second.plusDays(1) : second.minusDays(1);
    }

    private static List<CalendarDay> compensatory(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new TreeSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<CalendarDay> result = new ArrayList<>();
        for (CalendarDay h : holidays) {
            if (isWeekend(h.date())) {
                LocalDate d = h.date().plusDays(1);
                while (isWeekend(d) || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                result.add(new CalendarDay(d, CalendarDay.Type.COMPENSATORY_DAY_OFF,
                        Texts.get("deadline.compensatory", h.name(), h.date().toString()), SOURCE, false));
            }
        }
        return result;
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
