package vn.cchc.documents;

import vn.cchc.shared.Texts;

/** What a stored document is; {@link #label()} names it for officials. Declaration order is the page's order. */
public enum DocumentKind {
    PROVINCE_REPORT_DOCX,
    PROVINCE_REPORT_XLSX,
    /** The per-agency table of the province report's statistics (too long to print with the summary). */
    PROVINCE_REPORT_AGENCIES_XLSX,
    PAR_RANKING_XLSX,
    YEAR_END_STATISTICS_XLSX,
    /** The per-agency table of the year-end statistics. */
    YEAR_END_AGENCIES_XLSX,
    CARRY_OVER_XLSX;

    public String label() {
        return Texts.get("documents.kind." + name());
    }
}
