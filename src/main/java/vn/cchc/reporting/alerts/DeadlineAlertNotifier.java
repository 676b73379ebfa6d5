package vn.cchc.reporting.alerts;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;
import vn.cchc.followup.Alert;
import vn.cchc.followup.AlertKind;
import vn.cchc.followup.AlertNotifier;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.shared.CchcProperties;

/**
 * Writes the notifications of one fired alert about a report, remediation or PAR Index step to the outbox, in the
 * caller's transaction: one per address, keyed {@code <subject>:<business key>:<alert code>:<due date>:<address>}
 * (e.g. {@code report:12/QĐ-UBND:Q1-2036:so-tu-phap:REMINDER:-3:2036-03-17:sotuphap@…}), so a retried job never
 * writes twice. Rendered later with the template {@code deadline-alert}.
 */
@Component
public class DeadlineAlertNotifier {

    public static final String TEMPLATE = "deadline-alert";
    private final DeadlineAlertSchedule schedule;
    private final AlertRecipients recipients;
    private final WorkingCalendar calendar;
    private final AlertNotifier notifier;
    private final String tasklistUrl;

    DeadlineAlertNotifier(DeadlineAlertSchedule schedule, AlertRecipients recipients, WorkingCalendar calendar,
                          AlertNotifier notifier, CchcProperties properties) {
        this.schedule = schedule;
        this.recipients = recipients;
        this.calendar = calendar;
        this.notifier = notifier;
        this.tasklistUrl = properties.tasklistUrl();
    }

    /** @return how many notifications were written (0 when all existed already) */
    public int notify(DeadlineFacts step, Alert alert) {
        return notifier.enqueue(step.keyStem(), alert, step.due(), step.agencyId(), step.planId(), TEMPLATE,
                data(step, alert));
    }

    Map<String, Object> data(DeadlineFacts step, Alert alert) {
        Map<String, Object> data = new HashMap<>(step.facts());
        data.put("subject", step.subject().name());
        data.put("kind", alert.kind().name());
        data.put("agencyName", recipients.agencyName(step.agencyId()));
        data.put("dueDate", DueDates.format(step.due()));
        data.put("alertDate", DueDates.format(alert.day()));
        if (alert.kind() == AlertKind.REMINDER) {
            data.put("workingDaysLeft", calendar.workingDaysBetween(alert.day(), step.due()));
        } else {
            data.put("workingDaysOverdue", Math.max(0, calendar.workingDaysBetween(step.due(), alert.day())));
        }
        data.put("taskUrl", step.taskId() == null ? tasklistUrl : tasklistUrl + "#/?task=" + step.taskId());
        schedule.nextEscalation(step.due(), alert).ifPresent(next -> {
            data.put("nextStepDate", DueDates.format(next.day()));
            data.put("nextStepWho", schedule.label(next).orElse(""));
        });
        return data;
    }
}
