package vn.cchc.deadline;

import java.time.LocalDate;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.VietnameseCalendar;

/** Lunar holidays from Time4J's Vietnamese calendar (computed for UTC+7). */
final class LunarDates {

    private LunarDates() {
    }

    /** First day of the first lunar month (Tết Nguyên đán) that falls in the given Gregorian year. */
    static LocalDate tet(int gregorianYear) {
        return toLocal(VietnameseCalendar.ofTet(gregorianYear));
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of the lunar year starting in the given year. */
    static LocalDate hungKings(int gregorianYear) {
        VietnameseCalendar day = VietnameseCalendar.ofTet(gregorianYear)
                .with(VietnameseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(3))
                .with(VietnameseCalendar.DAY_OF_MONTH, 10);
        return toLocal(day);
    }

    private static LocalDate toLocal(VietnameseCalendar day) {
        return day.transform(PlainDate.axis()).toTemporalAccessor();
    }
}
