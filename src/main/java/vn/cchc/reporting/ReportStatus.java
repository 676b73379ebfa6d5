package vn.cchc.reporting;

import vn.cchc.shared.Texts;

/** Where an agency's periodic report stands. */
public enum ReportStatus {
    WAITING,
    OPEN,
    SENT,
    RETURNED,
    ACCEPTED;

    public String label() {
        return Texts.get("reporting.reportStatus." + name());
    }
}
