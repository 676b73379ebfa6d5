package vn.cchc.notify;

import java.time.LocalDateTime;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.VietnamTime;

/**
 * The outbox runs on the engine's clock (so tests that move {@code ClockUtil} move retries too), stored as local
 * time in Asia/Ho_Chi_Minh whatever the server's zone, so every node compares like with like.
 */
final class OutboxClock {

    private OutboxClock() {
    }

    static LocalDateTime now() {
        return VietnamTime.now();
    }
}
