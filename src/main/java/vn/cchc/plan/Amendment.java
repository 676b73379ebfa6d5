package vn.cchc.plan;

import java.time.LocalDateTime;

/**
 * One change to an issued plan, with the old and the new value as officials read them; {@code agencyId} names the
 * one agency an extension or event concerns (null when the change is the item's, for every agency).
 */
public record Amendment(String planId, int itemNo, Kind kind, String oldValue, String newValue, String reason,
                        String changedBy, LocalDateTime changedAt, String agencyId) {

    public Amendment(String planId, int itemNo, Kind kind, String oldValue, String newValue, String reason,
                     String changedBy, LocalDateTime changedAt) {
        this(planId, itemNo, kind, oldValue, newValue, reason, changedBy, changedAt, null);
    }

    public enum Kind {
        NEW_ITEM("Bổ sung nhiệm vụ"), DEADLINE_CHANGED("Điều chỉnh thời hạn"), EXTENSION("Gia hạn cho cơ quan"),
        EXTENSION_REFUSED("Từ chối gia hạn"),
        EVENT_OCCURRED("Ghi nhận sự kiện"), DIRECTIVE("Ý kiến chỉ đạo, đôn đốc");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** What officials call this kind of change. */
        public String label() {
            return label;
        }
    }
}
