package vn.cchc.dashboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.notify.NewNotification;
import vn.cchc.notify.Notifications;
import vn.cchc.plan.Amendment;
import vn.cchc.plan.Amendments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Messages;
import vn.cchc.shared.CchcProperties;

/**
 * A leader's directive (ý kiến chỉ đạo, đôn đốc) to an agency about its open tasks of a plan, one item or all of
 * them. In one transaction: a {@code DIRECTIVE} row in each item's history, the text on each open task's instance
 * (variable {@value #VARIABLE}, which the task form shows until the task is done and the instance ends), and one
 * e-mail per address of the agency's mailbox and head through the outbox. The form's token is part of the
 * idempotency keys: the same form sent twice changes nothing the second time.
 */
@Service
public class Directives {

    public static final String VARIABLE = "leaderDirective";
    static final String TEMPLATE = "directive";
    private static final int MAX_CHARS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(Directives.class);

    /** What a directive reached: items, open tasks and e-mails written to the outbox (0 for a repeat). */
    public record Sent(int items, int tasks, int mails, boolean repeated) {
    }

    /** An open assignment of the agency, with its task text. */
    public record OpenTask(String assignmentId, int itemNo, String task, String processInstanceId) {
    }

    private final JdbcClient jdbc;
    private final Amendments history;
    private final Plans plans;
    private final Notifications outbox;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AgencyDirectory directory;
    private final FollowUpSchedule followUp;
    private final Messages messages;
    private final String tasklistUrl;
    private final Clock clock;

    Directives(JdbcClient jdbc, Amendments history, Plans plans, Notifications outbox, RuntimeService runtime,
               IdentityService identity, AgencyDirectory directory, FollowUpSchedule followUp, Messages messages,
               CchcProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.plans = plans;
        this.outbox = outbox;
        this.runtime = runtime;
        this.identity = identity;
        this.directory = directory;
        this.followUp = followUp;
        this.messages = messages;
        this.tasklistUrl = properties.tasklistUrl();
        this.clock = clock;
    }

    /** The agency's open tasks of the plan (of one item when {@code itemNo} is given). */
    public List<OpenTask> openTasks(String planId, String agencyId, Integer itemNo) {
        return jdbc.sql("SELECT a.id, a.item_no, i.task, a.process_instance_id FROM cchc_assignment a "
                        + "JOIN cchc_plan_item i ON i.plan_id = a.plan_id AND i.item_no = a.item_no "
                        + "WHERE a.plan_id = ? AND a.agency_id = ? AND a.status NOT IN ('DONE_ON_TIME', 'DONE_LATE') "
                        + (itemNo == null ? "" : "AND a.item_no = " + itemNo.intValue() + " ")
                        + "ORDER BY a.item_no, a.id")
                .params(planId, agencyId)
                .query((rs, n) -> new OpenTask(rs.getString("id"), rs.getInt("item_no"), rs.getString("task"),
                        rs.getString("process_instance_id"))).list();
    }

    /**
     * Sends the directive.
     *
     * @throws PlanInputException naming the field at fault (text missing or too long, no open task)
     */
    @Transactional
    public Sent send(DashboardData.PlanRef plan, String agencyId, Integer itemNo, String text, String token,
                     String leader) {
        String body = text == null ? "" : text.strip();
        List<String> problems = new ArrayList<>();
        if (body.isEmpty()) {
            problems.add(messages.get("dashboard.directive.textMissing"));
        } else if (body.length() > MAX_CHARS) {
            problems.add(messages.get("dashboard.directive.textTooLong", MAX_CHARS));
        }
        if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
            problems.add(messages.get("dashboard.directive.tokenMissing"));
        }
        Agency agency = directory.byId(agencyId == null ? "" : agencyId).orElse(null);
        List<OpenTask> tasks = agency == null ? List.of() : openTasks(plan.id(), agency.id(), itemNo);
        if (tasks.isEmpty()) {
            String who = agency == null ? agencyId : agency.name();
            problems.add(itemNo == null ? messages.get("dashboard.directive.noOpenTask", who)
                    : messages.get("dashboard.directive.noOpenTaskItem", who, itemNo));
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        // the same form sent twice at once: the second waits for the first, then finds its mail below
        plans.lockNamed(plan.id());
        String keyStem = "directive:" + plan.id() + ":" + agency.id() + ":" + token + ":";
        if (jdbc.sql("SELECT COUNT(*) FROM cchc_notification WHERE idempotency_key LIKE ?").param(keyStem + "%")
                .query(Long.class).single() > 0) {
            return new Sent(0, 0, 0, true);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String leaderName = displayName(leader);
        String line = messages.get("dashboard.directive.variableLine", DueDates.format(now.toLocalDate()),
                leaderName, body);

        Map<Integer, String> items = new LinkedHashMap<>();
        for (OpenTask t : tasks) {
            items.putIfAbsent(t.itemNo(), t.task());
            if (t.processInstanceId() != null) {
                Object before = runtime.getVariable(t.processInstanceId(), VARIABLE);
                runtime.setVariable(t.processInstanceId(), VARIABLE, before == null ? line : before + "\n\n" + line);
            }
        }
        items.keySet().forEach(no -> history.add(new Amendment(plan.id(), no, Amendment.Kind.DIRECTIVE, null, body,
                null, leader, now, agency.id())));

        List<String> itemLines = new ArrayList<>();
        items.forEach((no, task) -> itemLines.add(messages.get("dashboard.directive.itemLine", no, task)));
        int mails = 0;
        for (FollowUpSchedule.Address r : followUp.agencyAndHead(agency.id())) {
            Map<String, Object> data = new HashMap<>();
            data.put("recipientName", r.name());
            data.put("agencyName", agency.name());
            data.put("planTitle", plan.title());
            data.put("leaderName", leaderName);
            data.put("text", body);
            data.put("date", DueDates.format(now.toLocalDate()));
            data.put("items", itemLines);
            data.put("taskUrl", tasklistUrl);
            if (outbox.enqueue(new NewNotification(keyStem + r.email().toLowerCase(Locale.ROOT), r.email(), r.name(),
                    agency.id(), plan.id(), TEMPLATE, data))) {
                mails++;
            }
        }
        LOG.info("directive of {} to {} on plan {}: {} items, {} tasks, {} e-mails", leader, agency.id(), plan.id(),
                items.size(), tasks.size(), mails);
        return new Sent(items.size(), tasks.size(), mails, false);
    }

    private String displayName(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
