package vn.cchc.cli;

import vn.cchc.agency.AgencyResolver;
import vn.cchc.importer.ImportResult;
import vn.cchc.importer.AppendixRow;

/**
 * How many items of an import have their lead fully resolved: at least one agency and no lead phrase left
 * unresolved. The figure a province checks before importing a plan with a new directory.
 */
record LeadCoverage(int items, int resolved) {

    static LeadCoverage of(ImportResult result, AgencyResolver resolver) {
        int resolved = 0;
        for (AppendixRow item : result.items()) {
            boolean complete = resolver.resolve(String.join("; ", item.lead())).complete();
            if (!item.leadAgencies().isEmpty() && complete) {
                resolved++;
            }
        }
        return new LeadCoverage(result.items().size(), resolved);
    }

    /** Percentage with one decimal, rounded down (95.0 means at least 95 %). */
    String percent() {
        if (items == 0) {
            return "0";
        }
        long tenths = (long) resolved * 1000 / items;
        return (tenths / 10) + "," + (tenths % 10);
    }
}
