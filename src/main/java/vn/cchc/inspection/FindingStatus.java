package vn.cchc.inspection;

import vn.cchc.shared.Texts;

/** Where a finding of an inspection stands. */
public enum FindingStatus {
    OPEN,
    REMEDY_REPORTED,
    CLOSED;

    public String label() {
        return Texts.get("inspection.findingStatus." + name());
    }
}
