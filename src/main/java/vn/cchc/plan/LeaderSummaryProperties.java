package vn.cchc.plan;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly summary for leaders ({@code cchc.notify.leader-summary.*} in {@code config/notify.yml}).
 *
 * @param enabled      false: no summary is written
 * @param cron         when the job looks (Quartz cron, Vietnam time); it writes only on the week's first working day
 * @param recipients   who receives it, written as in {@code cchc.reminders} (default: UBND leaders, SNV director)
 * @param topAgencies  how many agencies the "most overdue" list names
 */
@ConfigurationProperties("cchc.notify.leader-summary")
public record LeaderSummaryProperties(Boolean enabled, String cron, List<String> recipients, Integer topAgencies) {

    public LeaderSummaryProperties {
        enabled = enabled == null || enabled;
        cron = cron == null || cron.isBlank() ? "0 0 8 ? * MON-FRI" : cron;
        recipients = recipients == null ? List.of("group:ubnd-leader", "group:snv-director") : List.copyOf(recipients);
        topAgencies = topAgencies == null ? 5 : topAgencies;
    }
}
