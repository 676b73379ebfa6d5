package vn.cchc.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Vietnam's time zone and "now" in it, on the engine's clock ({@link EngineClock}). Every date an official reads
 * (due dates, history stamps, "today") is a date in Asia/Ho_Chi_Minh, not in the server's zone.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static Instant instant() {
        return EngineClock.INSTANCE.instant();
    }

    /** Local date and time in Vietnam: what history rows are stamped with. */
    public static LocalDateTime now() {
        return LocalDateTime.now(EngineClock.INSTANCE);
    }

    public static LocalDate today() {
        return LocalDate.now(EngineClock.INSTANCE);
    }
}
