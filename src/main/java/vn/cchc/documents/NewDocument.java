package vn.cchc.documents;

/**
 * A document a process step produced. {@code sourceKey} is the business key of the producing process instance
 * (one document per source and kind; producing it again replaces it); {@code period} a
 * {@code vn.cchc.reporting.ReportPeriod} name, {@code YEAR} for yearly documents.
 */
public record NewDocument(String sourceKey, String planId, String period, int periodYear, DocumentKind kind,
                          String fileName, String contentType, byte[] content, DocumentStatus status,
                          String processInstanceId) {
}
