package vn.cchc.documents;

import java.time.LocalDateTime;

/** A stored document without its bytes, with the title of its plan. */
public record StoredDocument(String id, String sourceKey, String planId, String planTitle, String period,
                             int periodYear, DocumentKind kind, String fileName, String contentType, int sizeBytes,
                             LocalDateTime createdAt, DocumentStatus status, String processInstanceId) {

    public StoredDocument withStatus(DocumentStatus newStatus) {
        return new StoredDocument(id, sourceKey, planId, planTitle, period, periodYear, kind, fileName, contentType,
                sizeBytes, createdAt, newStatus, processInstanceId);
    }
}
