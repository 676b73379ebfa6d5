package vn.cchc.deadline;

import java.time.LocalDate;

/**
 * One notable day of a year: a day off (holiday, compensatory day off, announced day off) or a make-up working
 * day. {@code official} is true when the day comes from an announcement in {@code config/calendar/}.
 */
public record CalendarDay(LocalDate date, Type type, String name, String source, boolean official) {

    public enum Type {
        HOLIDAY("Nghỉ lễ"),
        COMPENSATORY_DAY_OFF("Nghỉ bù"),
        DAY_OFF("Nghỉ"),
        MAKE_UP_WORKING_DAY("Làm bù");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** Vietnamese label for people. */
        public String label() {
            return label;
        }
    }

    public boolean isDayOff() {
        return type != Type.MAKE_UP_WORKING_DAY;
    }
}
