package vn.cchc.followup;

import java.time.LocalDate;
import java.util.Map;

/**
 * One overdue step to announce.
 *
 * @param kind        what is late
 * @param audience    who is told
 * @param businessKey process instance business key (first part of the idempotency key)
 * @param step        the overdue step, e.g. the activity id (second part of the key)
 * @param agencyId    the agency concerned (its officials and mailbox are told when the audience includes it)
 * @param planId      the plan, for the notification log's filter (may be null)
 * @param due         the due day that passed
 * @param taskId      the open task, for the Tasklist link (may be null)
 * @param facts       template values naming what is late ({@code periodTitle}, {@code findingText}, …)
 */
public record OverdueNotice(OverdueKind kind, OverdueKind.Audience audience, String businessKey, String step,
                            String agencyId, String planId, LocalDate due, String taskId, Map<String, Object> facts) {

    public OverdueNotice {
        if (kind == null || audience == null || businessKey == null || step == null || agencyId == null
                || due == null) {
            throw new IllegalArgumentException("overdue notice needs a kind, an audience, a business key, a step, "
                    + "an agency and a due day");
        }
        facts = facts == null ? Map.of() : facts;
    }
}
