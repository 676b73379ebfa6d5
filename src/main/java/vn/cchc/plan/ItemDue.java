package vn.cchc.plan;

import java.time.LocalDate;

/**
 * One due date of a plan item: for one agency ({@code agencyId}) or, when {@code agencyId} is null, for every lead
 * agency without its own; {@code milestone} counts from 1 when a phrase names several dates ("Quý II, Quý IV/2024").
 * A null {@code dueDate} means no date yet (set by SNV, or after an event).
 */
public record ItemDue(String agencyId, int milestone, LocalDate dueDate) {

    public ItemDue {
        if (milestone < 1) {
            throw new IllegalArgumentException("milestone counts from 1: " + milestone);
        }
    }

    public boolean forEveryAgency() {
        return agencyId == null;
    }
}
