package vn.cchc.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One finding of an inspection conclusion. It is remedied on time when the agency's remedy report that SNV accepted
 * was sent no later than its due day.
 */
public record Finding(String id, String inspectionId, int findingNo, int year, String agencyId, String content,
                      LocalDate dueDate, FindingStatus status, LocalDateTime createdAt, String remedy,
                      LocalDateTime remediedAt, LocalDateTime closedAt) {

    public boolean closedBy(LocalDate day) {
        return closedAt != null && !closedAt.toLocalDate().isAfter(day);
    }

    public boolean remediedLate() {
        return remediedAt != null && remediedAt.toLocalDate().isAfter(dueDate);
    }
}
