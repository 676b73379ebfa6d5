package vn.cchc.deadline;

import java.time.LocalDate;
import vn.cchc.shared.Texts;

/**
 * One notable day of a year: a day off (holiday, compensatory day off, announced day off) or a make-up working
 * day. {@code official} is true when the day comes from an announcement in {@code config/calendar/}.
 */
public record CalendarDay(LocalDate date, Type type, String name, String source, boolean official) {

    public enum Type {
        HOLIDAY,
        COMPENSATORY_DAY_OFF,
        DAY_OFF,
        MAKE_UP_WORKING_DAY;

        /** Vietnamese label for people. */
        public String label() {
            return Texts.get("deadline.day." + name());
        }
    }

    public boolean isDayOff() {
        return type != Type.MAKE_UP_WORKING_DAY;
    }
}
