package vn.cchc.deadline;

import java.util.Locale;

/** The public holidays of the Labour Code 2019, art. 112; each year's official notice may replace a group. */
enum HolidayGroup {
    NEW_YEAR("Tết Dương lịch"),
    TET("Tết Nguyên đán"),
    HUNG_KINGS("Giỗ Tổ Hùng Vương"),
    REUNIFICATION("Ngày Chiến thắng 30/4"),
    LABOUR_DAY("Ngày Quốc tế Lao động 1/5"),
    NATIONAL_DAY("Quốc khánh 2/9");

    private final String vietnameseName;

    HolidayGroup(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    String vietnameseName() {
        return vietnameseName;
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
