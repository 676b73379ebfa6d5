package vn.cchc.followup;

import java.time.LocalDate;

/**
 * Published (synchronously, in the job's transaction) when a {@code followUp} finds its step past due and still owed:
 * the feature that owns the step records it (a report marked overdue) without the follow-up knowing how.
 *
 * @param ref the caller's {@link FollowUpVariables#REF} (may be null)
 */
public record StepOverdue(FollowUpKind kind, String businessKey, String ref, String agencyId, LocalDate due) {
}
