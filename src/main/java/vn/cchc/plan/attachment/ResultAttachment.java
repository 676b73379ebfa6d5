package vn.cchc.plan.attachment;

import java.time.LocalDateTime;

/** One file attached to an agency's result (without its content), as the pages and the review form list it. */
public record ResultAttachment(long id, String planId, String taskInstanceId, String assignmentId, String agencyId,
                               String fileName, String contentType, long sizeBytes, String uploadedBy,
                               LocalDateTime uploadedAt) {

    /** "1,2 MB", "35 KB": the size as officials read it. */
    public String sizeText() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
        return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }
}
