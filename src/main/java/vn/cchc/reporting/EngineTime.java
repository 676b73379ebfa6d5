package vn.cchc.reporting;

import java.time.LocalDateTime;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.VietnamTime;

/** The engine's clock (which tests move) as a local time in Vietnam. */
final class EngineTime {

    private EngineTime() {
    }

    static LocalDateTime now() {
        return VietnamTime.now();
    }
}
