package vn.cchc.followup;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is told when a report, an inspection step or a PAR Index step is overdue
 * ({@code cchc.reporting.overdue-notice.*} in {@code config/reporting.yml}). Recipients are
 * written as in {@code cchc.reminders} (docs/notifications.md): {@code officials}, {@code head}, {@code mailbox},
 * {@code group:<id>}, {@code agency:<id>}.
 *
 * @param agencyRecipients      the agency that holds the overdue task
 * @param snvRecipients         SNV, told of every overdue step (escalation)
 * @param snvLabel              how mails name SNV ("who is told")
 * @param catchUpDays           a step whose deadline passed more than this many days before it is found overdue (a
 *                              plan issued after its first reporting periods, as the demo's, or a server down for
 *                              weeks) is recorded as overdue but not mailed: months-old notices would only flood the
 *                              mailboxes, and the Tasklist and the weekly digest show it. 0 = no limit. Default 30.
 */
@ConfigurationProperties("cchc.reporting.overdue-notice")
public record OverdueNoticeProperties(List<String> agencyRecipients, List<String> snvRecipients, String snvLabel,
                                      Integer catchUpDays) {

    public OverdueNoticeProperties {
        agencyRecipients = agencyRecipients == null ? List.of("officials", "mailbox") : List.copyOf(agencyRecipients);
        snvRecipients = snvRecipients == null ? List.of("group:snv-specialist", "agency:so-noi-vu")
                : List.copyOf(snvRecipients);
        catchUpDays = catchUpDays == null ? 30 : catchUpDays;
        snvLabel = snvLabel == null || snvLabel.isBlank() ? "Sở Nội vụ (bộ phận theo dõi công tác CCHC)" : snvLabel;
    }
}
