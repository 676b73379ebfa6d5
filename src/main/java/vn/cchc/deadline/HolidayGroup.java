package vn.cchc.deadline;

import java.util.Locale;
import vn.cchc.shared.Texts;

/** The public holidays of the Labour Code 2019, art. 112; each year's official notice may replace a group. */
enum HolidayGroup {
    NEW_YEAR,
    TET,
    HUNG_KINGS,
    REUNIFICATION,
    LABOUR_DAY,
    NATIONAL_DAY;

    String vietnameseName() {
        return Texts.get("deadline.holiday." + name());
    }

    /** The name used in {@code config/calendar/<year>.yml}: {@code tet}, {@code national_day}, ... */
    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HolidayGroup fromConfigName(String name) {
        for (HolidayGroup g : values()) {
            if (g.configName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown holiday group: " + name);
    }
}
