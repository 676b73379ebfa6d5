package vn.cchc.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** A deadline day is the end of that day in Vietnam (UTC+7), whatever the server's time zone. */
public final class DueDates {

    public static final ZoneId ZONE = vn.cchc.shared.VietnamTime.ZONE;

    private DueDates() {
    }

    /** 23:59:59 of the day in Asia/Ho_Chi_Minh, as the engine's {@link Date}. */
    public static Date endOfDay(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }

    /** The day as Vietnamese officials write it: {@code 31/03/2024}. */
    public static String format(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The same instant as an ISO-8601 string, for BPMN timer definitions. */
    public static String endOfDayIso(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toOffsetDateTime().toString();
    }
}
