package vn.cchc.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An agency's report for one period. It counts as submitted once the agency head first sent it to SNV, on time when
 * that was no later than its due day (a report SNV returns keeps its first sending time).
 */
public record Report(String id, String planId, ReportPeriod period, int year, String agencyId, LocalDate dueDate,
                     ReportStatus status, boolean overdue, LocalDateTime firstSentAt, LocalDateTime acceptedAt) {

    public boolean submitted() {
        return firstSentAt != null;
    }

    public boolean submittedOnTime() {
        return firstSentAt != null && !firstSentAt.toLocalDate().isAfter(dueDate);
    }
}
