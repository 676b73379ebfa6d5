package vn.cchc.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.cchc.notify.NewNotification;
import vn.cchc.notify.Notifications;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.CchcProperties;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.Recipient;

/**
 * Writes the notifications of an overdue report, inspection step or PAR Index step to the outbox, in the caller's
 * transaction: one per address (the agency's officials and mailbox, and/or SNV), rendered later with the template
 * {@code overdue}. The key {@code overdue:<business key>:<step>:<address>} makes a retried or repeated firing a
 * no-op. A deadline found overdue more than {@code catch-up-days} late is not mailed (no flood when a plan is issued
 * after its first reporting periods).
 */
@Component
@EnableConfigurationProperties(OverdueNoticeProperties.class)
public class OverdueNotices {

    public static final String TEMPLATE = "overdue";
    private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);
    private final AlertRecipients recipients;
    private final Notifications notifications;
    private final OverdueNoticeProperties properties;
    private final String tasklistUrl;

    OverdueNotices(AlertRecipients recipients, Notifications notifications, OverdueNoticeProperties properties,
                   CchcProperties cchc) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.properties = properties;
        this.tasklistUrl = cchc.tasklistUrl();
    }

    /** @return how many notifications were written (0 when all existed already) */
    public int notify(OverdueNotice notice) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), DueDates.ZONE);
        if (properties.catchUpDays() > 0 && notice.due().plusDays(properties.catchUpDays()).isBefore(today)) {
            log.info("Overdue {} {} (due {}) found more than {} days late: recorded, not mailed", notice.kind(),
                    notice.businessKey(), notice.due(), properties.catchUpDays());
            return 0;
        }
        Map<String, Object> data = data(notice);
        int written = 0;
        for (Recipient r : recipients.resolve(specs(notice.audience()), notice.agencyId())) {
            Map<String, Object> personal = new HashMap<>(data);
            personal.put("recipientName", r.name());
            String key = "overdue:" + notice.businessKey() + ":" + notice.step() + ":"
                    + r.email().toLowerCase(Locale.ROOT);
            if (notifications.enqueue(new NewNotification(key, r.email(), r.name(), notice.agencyId(),
                    notice.planId(), TEMPLATE, personal))) {
                written++;
            }
        }
        return written;
    }

    private List<String> specs(OverdueKind.Audience audience) {
        List<String> specs = new ArrayList<>();
        if (audience.agency()) {
            specs.addAll(properties.agencyRecipients());
        }
        if (audience.snv()) {
            specs.addAll(properties.snvRecipients());
        }
        return specs;
    }

    /** The day of a due-date variable ({@code java.util.Date} at the end of the due day, Vietnam time). */
    public static LocalDate day(Object dueAt) {
        return dueAt instanceof Date date ? LocalDate.ofInstant(date.toInstant(), DueDates.ZONE) : null;
    }

    /** The open task {@code taskKey} of the execution's process instance, if any (for the Tasklist link). */
    public static Task openTask(DelegateExecution execution, String taskKey) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list().stream()
                .findFirst().orElse(null);
    }

    Map<String, Object> data(OverdueNotice notice) {
        Map<String, Object> data = new HashMap<>(notice.facts());
        data.put("kind", notice.kind().name());
        data.put("agencyName", recipients.agencyName(notice.agencyId()));
        data.put("dueDate", DueDates.format(notice.due()));
        data.put("taskUrl", notice.taskId() == null ? tasklistUrl : tasklistUrl + "#/?task=" + notice.taskId());
        data.put("agencyTold", notice.audience().agency());
        data.put("snvTold", notice.audience().snv());
        data.put("snvLabel", properties.snvLabel());
        return data;
    }
}
