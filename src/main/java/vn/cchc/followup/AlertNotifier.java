package vn.cchc.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.notify.NewNotification;
import vn.cchc.notify.Notifications;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.Recipient;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Messages;

/**
 * Writes the notifications of one fired alert to the outbox (in the caller's transaction): one per recipient,
 * keyed {@code <kind prefix>:<business key>[:<part>]:<alert code>:<due date>:<address>} (a plan task:
 * {@code planTask:<assignment id>:…}) so a retried job, a second node or a replayed timer never writes it twice,
 * while a new due date gets its own reminders.
 */
@Component
public class AlertNotifier {

    public static final String TEMPLATE = "alert";
    private final AlertSchedule schedule;
    private final FollowUpLadder ladder;
    private final AlertRecipients recipients;
    private final WorkingCalendar calendar;
    private final Notifications notifications;
    private final AssignmentStatuses statuses;
    private final Messages messages;
    private final Clock clock;
    private final String tasklistUrl;
    private final String dashboardUrl;

    AlertNotifier(AlertSchedule schedule, FollowUpLadder ladder, AlertRecipients recipients, WorkingCalendar calendar,
                  Notifications notifications, AssignmentStatuses statuses, Messages messages, Clock clock,
                  CchcProperties properties) {
        this.schedule = schedule;
        this.ladder = ladder;
        this.recipients = recipients;
        this.calendar = calendar;
        this.notifications = notifications;
        this.statuses = statuses;
        this.messages = messages;
        this.clock = clock;
        this.tasklistUrl = properties.tasklistUrl();
        this.dashboardUrl = tasklistUrl.replaceFirst("/camunda/app/tasklist/?$", "") + "/dashboard";
    }

    /**
     * The notifications of one alert about a step followed by {@code followUp} (a plan task, report, inspection or
     * PAR Index step, comment): one template family ({@code alert}, naming the step by {@code subject}, the kind),
     * keyed {@code <FollowedStep#keyStem>:…}. The agency is named as the caller passed it ({@code agencyName}, a plan
     * task's), else as the directory names it.
     *
     * @return how many notifications were written (0 when all existed already)
     */
    public int notify(FollowedStep step, Alert alert) {
        Map<String, Object> data = new HashMap<>(step.facts());
        data.putAll(common(alert, step.due(), step.taskId()));
        data.put("subject", step.kind().name());
        if (data.get("agencyName") == null) {
            data.put("agencyName", recipients.agencyName(step.agencyId()));
        }
        data.put("openTaskKey", step.taskKey());
        schedule.nextEscalation(step.due(), alert).filter(next -> !ladder.takes(step.kind(), next))
                .ifPresent(next -> { // the kind's ladder stops before it: nobody is told next
                    data.remove("nextStepDate");
                    data.remove("nextStepWho");
                });
        return enqueue(step.keyStem(), alert, step.due(), step.agencyId(), step.planId(), TEMPLATE, data);
    }

    /**
     * One notification per address of the alert's recipients for {@code agencyId}, keyed
     * {@code <keyStem>:<alert code>:<due date>:<address>}, with the recipient's name added to {@code data}.
     *
     * @return how many notifications were written (0 when all existed already)
     */
    public int enqueue(String keyStem, Alert alert, LocalDate due, String agencyId, String planId, String template,
                       Map<String, Object> data) {
        int written = 0;
        for (Recipient r : recipients.resolve(alert.recipients(), agencyId)) {
            Map<String, Object> personal = new HashMap<>(data);
            personal.put("recipientName", r.name());
            String key = keyStem + ":" + alert.code() + ":" + due + ":" + r.email().toLowerCase(Locale.ROOT);
            if (notifications.enqueue(new NewNotification(key, r.email(), r.name(), agencyId, planId, template,
                    personal))) {
                written++;
            }
        }
        return written;
    }

    /**
     * What every follow-up e-mail says: the ladder step, the dates, the status of the open step now by the one
     * status rule (the label of the items page), the link and who is told next.
     */
    private Map<String, Object> common(Alert alert, LocalDate due, String taskId) {
        Map<String, Object> data = new HashMap<>();
        data.put("kind", alert.kind().name());
        data.put("offset", alert.offset());
        data.put("dueDate", DueDates.format(due));
        data.put("alertDate", DueDates.format(alert.day()));
        data.put("statusLabel", messages.get(statuses.watching(due, clock.instant()).messageKey()));
        if (alert.kind() == AlertKind.REMINDER) {
            data.put("workingDaysLeft", calendar.workingDaysBetween(alert.day(), due));
        } else {
            data.put("workingDaysOverdue", Math.max(0, calendar.workingDaysBetween(due, alert.day())));
        }
        data.put("taskUrl", taskId == null ? tasklistUrl : tasklistUrl + "#/?task=" + taskId);
        if (alert.kind() == AlertKind.ESCALATION) {
            // an escalation goes to the agency head, SNV or the UBND leaders: all of them read the dashboard
            data.put("dashboardUrl", dashboardUrl);
        }
        schedule.nextEscalation(due, alert).ifPresent(next -> {
            data.put("nextStepDate", DueDates.format(next.day()));
            data.put("nextStepWho", schedule.label(next).orElse(""));
        });
        return data;
    }
}
