package vn.cchc.carryover;

import java.time.LocalDate;
import java.util.List;

/**
 * One unfinished item of last year's plan as next year's draft would take it: where it comes from (plan, item
 * number, area, due date and status at the year end) and, per agency, who held it then and who holds its work now
 * (through any reorganisation since). {@code carried}: already in the draft; {@code problem}: why it cannot be taken
 * (Vietnamese), else null.
 */
public record CarriedItem(String sourcePlanId, int sourceItemNo, String area, String task, String product,
                          String coordinators, LocalDate dueThen, String statusThen, List<Shift> agencies,
                          boolean carried, String problem) {

    /** One agency of the item: then → now; {@code reorganised} when they differ. */
    public record Shift(String fromId, String fromName, String toId, String toName, boolean reorganised) {

        public static Shift of(String fromId, String fromName, String toId, String toName) {
            return new Shift(fromId, fromName, toId, toName, !fromId.equals(toId));
        }
    }

    /** How the page and the API name the item when SNV picks it: {@code <source plan>:<item no>}. */
    public String key() {
        return sourcePlanId + ":" + sourceItemNo;
    }
}
