package vn.cchc.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one adapter of the engine's clock: "now" for timers, statuses, history stamps and the outbox is the engine's
 * ({@code ClockUtil}), so a test that moves the engine clock moves everything, and production reads the system clock
 * through it. Zone Asia/Ho_Chi_Minh ({@link VietnamTime#ZONE}): a local date or time taken from it is Vietnam's,
 * whatever the server's zone. Available as the {@link Clock} bean ({@code SharedConfiguration}) and, for the few
 * static places that cannot take a bean (process expressions, value types), as {@link #INSTANCE}.
 */
public final class EngineClock extends Clock {

    public static final EngineClock INSTANCE = new EngineClock();

    private EngineClock() {
    }

    @Override
    public ZoneId getZone() {
        return VietnamTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(VietnamTime.ZONE) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
