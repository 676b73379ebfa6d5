package vn.cchc.carryover;

import java.util.List;

/** What next year's draft {@code planId} can take from last year's plans ({@code sources}), nothing written. */
public record CarryOverPreview(String planId, int year, List<Source> sources, List<CarriedItem> items,
                               List<String> problems) {

    /** A plan of the year before, issued or closed, whose year-end carry-over list is read. */
    public record Source(String planId, String title, String decisionNumber) {
    }

    /** Items that can still be taken: not in the draft yet and without problem. */
    public List<CarriedItem> takeable() {
        return items.stream().filter(i -> !i.carried() && i.problem() == null).toList();
    }
}
