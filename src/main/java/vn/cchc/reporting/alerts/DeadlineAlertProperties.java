package vn.cchc.reporting.alerts;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.cchc.followup.ReminderPolicy;

/**
 * Reminders and escalation of reports, remediation and PAR Index steps ({@code cchc.reporting.alerts.*} in
 * {@code config/reporting.yml}). Every value left out is taken from {@code cchc.reminders} (config/notify.yml), so
 * these steps are reminded like plan tasks unless reporting sets its own offsets.
 *
 * @param beforeDue       working days before the last working day on or before the due date
 * @param escalation      the ladder after the due date, in working days
 * @param repeatEveryDays calendar days between repeated reminders after the due date (0: none)
 */
@ConfigurationProperties("cchc.reporting.alerts")
public record DeadlineAlertProperties(List<Integer> beforeDue, List<ReminderPolicy.Step> escalation,
                                      Integer repeatEveryDays) {

    /** The plan tasks' policy with this file's overrides. */
    ReminderPolicy over(ReminderPolicy base) {
        return new ReminderPolicy(beforeDue == null ? base.beforeDue() : beforeDue, base.reminderRecipients(),
                base.overdueRecipients(), escalation == null ? base.escalation() : escalation,
                repeatEveryDays == null ? base.repeatEveryDays() : repeatEveryDays, base.repeatRecipients(),
                base.eventResponseWorkingDays(), base.alertTime());
    }
}
