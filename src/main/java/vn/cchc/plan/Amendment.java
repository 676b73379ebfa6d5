package vn.cchc.plan;

import java.time.LocalDateTime;

/** One change to an issued plan, with the old and the new value as officials read them. */
public record Amendment(String planId, int itemNo, Kind kind, String oldValue, String newValue, String reason,
                        String changedBy, LocalDateTime changedAt) {

    public enum Kind {
        NEW_ITEM, DEADLINE_CHANGED
    }
}
