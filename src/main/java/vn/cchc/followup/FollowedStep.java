package vn.cchc.followup;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a {@code followUp} alert says about the step it follows, from the instance's own inputs and the caller's open
 * tasks at the moment the timer fires.
 *
 * @param businessKey the caller's business key (shared by its follow-up)
 * @param owed        whether the agency still owes the step now (only then is anything mailed)
 * @param taskId      the step's open user task, for the Tasklist link (null before the step opens)
 * @param taskKey     that task's id in the caller's diagram (null before the step opens)
 * @param facts       the caller's other inputs, for the e-mail
 */
public record FollowedStep(FollowUpKind kind, String businessKey, String ref, String part, String agencyId,
                           String planId, LocalDate due, boolean owed, String taskId, String taskKey,
                           Map<String, Object> facts) {

    /** First part of the idempotency keys: {@code report:<business key>}, {@code parAppraisal:<key>:<area>}. */
    public String keyStem() {
        return kind.keyPrefix() + ":" + businessKey + (part == null ? "" : ":" + part);
    }
}
