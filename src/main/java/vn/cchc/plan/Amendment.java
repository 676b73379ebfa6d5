package vn.cchc.plan;

import java.time.LocalDateTime;
import vn.cchc.shared.Texts;

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
        NEW_ITEM, DEADLINE_CHANGED, EXTENSION, EXTENSION_REFUSED, EVENT_OCCURRED, DIRECTIVE;

        /** What officials call this kind of change ({@code plan.amendment.kind.*} in the message bundle). */
        public String label() {
            return Texts.get("plan.amendment.kind." + name());
        }
    }
}
