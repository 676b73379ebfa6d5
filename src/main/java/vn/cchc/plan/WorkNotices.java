package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.cchc.notify.NewNotification;
import vn.cchc.notify.Notifications;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.Recipient;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/**
 * Tells people that work has arrived, through the outbox, in the caller's transaction (template {@code work}, one
 * {@code kind} per event): an agency's new tasks when a plan is issued (one mail per agency and issuance, listing
 * them), a request for comments with its deadline, a result returned with the reason, an extension granted or
 * refused, a plan returned to its drafters. Keys {@code work:<kind>:…:<address>} make a retried transaction a no-op. Each kind can be
 * turned off ({@link WorkNoticeProperties}).
 */
@Component
@EnableConfigurationProperties(WorkNoticeProperties.class)
public class WorkNotices {

    public static final String TEMPLATE = "work";
    private final Notifications notifications;
    private final AlertRecipients recipients;
    private final WorkNoticeProperties properties;
    private final String tasklistUrl;
    private final String snvAgency;

    WorkNotices(Notifications notifications, AlertRecipients recipients, WorkNoticeProperties properties,
                CchcProperties cchc) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
        this.tasklistUrl = cchc.tasklistUrl();
        this.snvAgency = cchc.snvAgency();
    }

    /** One mail per agency listing the tasks just deployed to it. @return notifications written */
    int newTasks(Plan plan, List<PlanItem> items, List<Assignments.Assignment> deployed) {
        if (!properties.newTasks() || deployed.isEmpty()) {
            return 0;
        }
        Map<Integer, PlanItem> byNo = new HashMap<>();
        items.forEach(i -> byNo.put(i.itemNo(), i));
        Map<String, List<Assignments.Assignment>> byAgency = new TreeMap<>();
        deployed.forEach(a -> byAgency.computeIfAbsent(a.agencyId(), k -> new ArrayList<>()).add(a));
        int written = 0;
        for (Map.Entry<String, List<Assignments.Assignment>> e : byAgency.entrySet()) {
            List<Map<String, Object>> tasks = new ArrayList<>();
            e.getValue().stream().sorted(Comparator.comparing(Assignments.Assignment::itemNo)
                            .thenComparing(a -> a.dueDate() == null ? LocalDate.MAX : a.dueDate()))
                    .forEach(a -> {
                        PlanItem item = byNo.get(a.itemNo());
                        Map<String, Object> t = new LinkedHashMap<>();
                        t.put("itemNo", a.itemNo());
                        t.put("taskText", item == null ? "" : item.task());
                        t.put("deadlineText", item == null || item.deadlineText() == null ? "" : item.deadlineText());
                        t.put("dueDate", a.dueDate() == null ? null : DueDates.format(a.dueDate()));
                        tasks.add(t);
                    });
            Map<String, Object> data = base("NEW_TASKS", plan.title(), plan.decisionNumber(), e.getKey());
            data.put("tasks", tasks);
            written += send("work:newTasks:" + plan.id() + ":" + e.getKey(), properties.agencyRecipients(),
                    e.getKey(), plan.id(), data);
        }
        return written;
    }

    /** Each consulted agency is asked for its comments by {@code deadline}. {@code round} tells review rounds apart. */
    int commentRequested(String planId, String planTitle, List<String> agencies, LocalDate deadline, String round) {
        if (!properties.commentRequest()) {
            return 0;
        }
        int written = 0;
        for (String agency : agencies) {
            Map<String, Object> data = base("COMMENT_REQUEST", planTitle, null, agency);
            data.put("deadline", deadline == null ? null : DueDates.format(deadline));
            written += send("work:comments:" + planId + ":" + round + ":" + agency, properties.agencyRecipients(),
                    agency, planId, data);
        }
        return written;
    }

    /** SNV returned an agency's result; {@code reviewTaskId} (the acceptance task) makes each return its own mail. */
    int resultReturned(String planId, String planTitle, String decisionNumber, String agencyId, String taskText,
                       String reason, String reviewTaskId) {
        if (!properties.resultReturned()) {
            return 0;
        }
        Map<String, Object> data = base("RESULT_RETURNED", planTitle, decisionNumber, agencyId);
        data.put("taskText", taskText);
        data.put("reason", reason);
        return send("work:returned:" + reviewTaskId, properties.agencyRecipients(), agencyId, planId, data);
    }

    /** SNV granted an agency an extension of one task. */
    int extensionGranted(Plan plan, String assignmentId, String agencyId, String taskText, LocalDate oldDue,
                         LocalDate newDue, String reason) {
        if (!properties.extension()) {
            return 0;
        }
        Map<String, Object> data = base("EXTENSION_GRANTED", plan.title(), plan.decisionNumber(), agencyId);
        data.put("taskText", taskText);
        data.put("oldDueDate", oldDue == null ? null : DueDates.format(oldDue));
        data.put("dueDate", DueDates.format(newDue));
        data.put("reason", reason);
        return send("work:extension:" + assignmentId + ":" + newDue,
                properties.agencyRecipients(), agencyId, plan.id(), data);
    }

    /**
     * SNV refused an agency an extension of one task: the due date stays. {@code round} (the number of refusals for
     * this assignment so far) makes each refusal its own mail.
     */
    int extensionRefused(Plan plan, String assignmentId, String agencyId, String taskText, LocalDate due,
                         String reason, int round) {
        if (!properties.extensionRefused()) {
            return 0;
        }
        Map<String, Object> data = base("EXTENSION_REFUSED", plan.title(), plan.decisionNumber(), agencyId);
        data.put("taskText", taskText);
        data.put("dueDate", due == null ? null : DueDates.format(due));
        data.put("reason", reason);
        return send("work:extensionRefused:" + assignmentId + ":" + round, properties.agencyRecipients(), agencyId,
                plan.id(), data);
    }

    /** A reviewer or the leader returned the plan; {@code round} (the number of returns so far) keys each return. */
    int planReturned(String planId, String planTitle, String returnedBy, String reason, int round) {
        if (!properties.planReturned()) {
            return 0;
        }
        Map<String, Object> data = base("PLAN_RETURNED", planTitle, null, snvAgency);
        data.put("returnedBy", returnedBy);
        data.put("reason", reason);
        return send("work:planReturned:" + planId + ":" + round, properties.drafterRecipients(), snvAgency, planId,
                data);
    }

    private Map<String, Object> base(String kind, String planTitle, String decisionNumber, String agencyId) {
        Map<String, Object> data = new HashMap<>();
        data.put("kind", kind);
        data.put("planTitle", planTitle);
        data.put("decisionNumber", decisionNumber);
        data.put("agencyName", recipients.agencyName(agencyId));
        data.put("tasklistUrl", tasklistUrl);
        return data;
    }

    private int send(String keyStem, List<String> specs, String agencyId, String planId, Map<String, Object> data) {
        int written = 0;
        for (Recipient r : recipients.resolve(specs, agencyId)) {
            Map<String, Object> personal = new HashMap<>(data);
            personal.put("recipientName", r.name());
            String key = keyStem + ":" + r.email().toLowerCase(Locale.ROOT);
            if (notifications.enqueue(new NewNotification(key, r.email(), r.name(), agencyId, planId, TEMPLATE,
                    personal))) {
                written++;
            }
        }
        return written;
    }
}
