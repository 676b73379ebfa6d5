package vn.cchc.reporting.alerts;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an alert about one step says, read when it fires.
 *
 * @param businessKey the subject's business key (shared by its {@code deadlineAlerts} instance)
 * @param agencyId    the agency that owes the step
 * @param area        the PAR area appraised, or null
 * @param due         the due day
 * @param owed        whether the agency still owes the step now (only then does an alert write anything)
 * @param taskId      the open task of the step, for the Tasklist link (null before a report opens)
 * @param facts       template values naming what is due ({@code periodTitle}, {@code findingText}, …)
 */
public record DeadlineFacts(DeadlineSubject subject, String businessKey, String agencyId, String planId, String area,
                            LocalDate due, boolean owed, String taskId, Map<String, Object> facts) {

    /** First part of the idempotency keys: {@code report:<business key>}, {@code parAppraisal:<key>:<area>}. */
    public String keyStem() {
        return subject.keyPrefix() + ":" + businessKey + (area == null ? "" : ":" + area);
    }
}
