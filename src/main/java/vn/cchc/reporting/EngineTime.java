package vn.cchc.reporting;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.cchc.plan.DueDates;

/** The engine's clock (which tests move) as a local time in Vietnam. */
final class EngineTime {

    private EngineTime() {
    }

    static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), DueDates.ZONE);
    }
}
