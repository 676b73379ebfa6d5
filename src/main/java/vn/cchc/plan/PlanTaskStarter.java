package vn.cchc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * Starts the {@code planTask} instances of one item of an issued plan: one per lead agency and milestone, with the
 * due date moved to a working day. Business key {@code <decision number>:<item no>:<agency id>}, followed by
 * {@code :m<n>} when the agency's deadline names several dates; the key is also the assignment id. The latest
 * {@code planTask} version is looked up once per item and its instances are started by definition id (starting by
 * key queries the latest version again for every instance).
 */
@Component
class PlanTaskStarter {

    private static final Logger LOG = LoggerFactory.getLogger(PlanTaskStarter.class);

    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;
    private final RepositoryService repository;
    private final AssignmentStatuses statuses;
    private final TaskCards cards;
    private final Clock clock;

    PlanTaskStarter(AgencyDirectory directory, WorkingCalendar calendar, RepositoryService repository,
                    AssignmentStatuses statuses, TaskCards cards, Clock clock) {
        this.directory = directory;
        this.calendar = calendar;
        this.repository = repository;
        this.statuses = statuses;
        this.cards = cards;
        this.clock = clock;
    }

    List<Assignments.Assignment> start(RuntimeService runtime, Plan plan, PlanItem item) {
        String definitionId = latestDefinitionId();
        List<Assignments.Assignment> started = new ArrayList<>();
        for (String agencyId : item.leadAgencies()) {
            List<ItemDue> dues = item.duesOf(agencyId);
            for (ItemDue itemDue : dues) {
                String key = key(plan, item.itemNo(), agencyId, itemDue.milestone(), dues.size() > 1);
                started.add(start(runtime, definitionId, plan, item, agencyId, beforeDecisionHeldBack(plan, itemDue),
                        key));
            }
        }
        return started;
    }

    Assignments.Assignment start(RuntimeService runtime, Plan plan, PlanItem item, String agencyId, ItemDue itemDue,
                                 String key) {
        return start(runtime, latestDefinitionId(), plan, item, agencyId, itemDue, key);
    }

    private Assignments.Assignment start(RuntimeService runtime, String definitionId, Plan plan, PlanItem item,
                                         String agencyId, ItemDue itemDue, String key) {
        LocalDate due = effectiveDue(itemDue.dueDate());
        String instanceId = runtime.createProcessInstanceById(definitionId)
                .businessKey(key).setVariables(variables(plan, item, agencyId, due)).execute().getId();
        return new Assignments.Assignment(key, plan.id(), item.itemNo(), agencyId, due,
                initialStatus(item.deadlineKind(), due, plan.year()), instanceId);
    }

    /**
     * A due date before the plan's decision was signed cannot be met by an agency that learns of the task with the
     * decision: deployed as it is, the task would be overdue from its first day and the ladder would reach the UBND
     * leader about an agency that did nothing wrong. At deployment such a date is held back (the task has no date,
     * SNV sees it among the items that need one on the items page and sets or confirms it there, which starts the
     * follow-up). A date SNV sets later is taken as given.
     */
    private static ItemDue beforeDecisionHeldBack(Plan plan, ItemDue itemDue) {
        if (itemDue.dueDate() == null || plan.decisionDate() == null
                || !itemDue.dueDate().isBefore(plan.decisionDate())) {
            return itemDue;
        }
        LOG.info("Plan {} item due {} is before its decision of {}: held back for SNV", plan.id(),
                itemDue.dueDate(), plan.decisionDate());
        return new ItemDue(itemDue.agencyId(), itemDue.milestone(), null);
    }

    private String latestDefinitionId() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PlanVariables.TASK_PROCESS_KEY)
                .latestVersion().withoutTenantId().singleResult().getId();
    }

    static String key(Plan plan, int itemNo, String agencyId, int milestone, boolean milestones) {
        String key = plan.decisionNumber() + ":" + itemNo + ":" + agencyId;
        return milestones ? key + ":m" + milestone : key;
    }

    LocalDate effectiveDue(LocalDate due) {
        return due == null ? null : calendar.effectiveDue(due);
    }

    private Map<String, Object> variables(Plan plan, PlanItem item, String agencyId, LocalDate due) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PlanVariables.PLAN_ID, plan.id());
        vars.put(PlanVariables.PLAN_TITLE, plan.title());
        vars.put(PlanVariables.DECISION_NUMBER, plan.decisionNumber());
        vars.put(PlanVariables.ITEM_NO, item.itemNo());
        vars.put(PlanVariables.AGENCY_ID, agencyId);
        vars.put(PlanVariables.AGENCY_NAME, directory.byId(agencyId).map(Agency::name).orElse(agencyId));
        vars.put(PlanVariables.TASK_TEXT, item.task());
        vars.put(PlanVariables.PRODUCT, item.product());
        vars.put(PlanVariables.DEADLINE_TEXT, item.deadlineText());
        vars.put(PlanVariables.COORDINATORS, item.coordinatorsText());
        if (item.parentTask() != null) {
            vars.put(PlanVariables.PARENT_TASK, item.parentTask());
        }
        if (item.objective() != null) {
            vars.put(PlanVariables.OBJECTIVE, item.objective());
        }
        vars.put(PlanVariables.DUE_DATE, DueDates.endOfDay(due));
        vars.put(PlanVariables.DUE_DATE_TEXT, dueDateText(due));
        if (due == null && (item.deadlineKind() == DeadlineKind.RECURRING
                || item.deadlineKind() == DeadlineKind.ONGOING)) {
            // only when true, like the texts above: one row fewer for every dated assignment; the year is read
            // only for the checkpoints (plan-task.bpmn), so it goes with them: one row fewer again
            vars.put(PlanVariables.CHECKPOINTS, true);
            vars.put(PlanVariables.PLAN_YEAR, plan.year());
        }
        // the card's status from the first moment is the stored initial status (the status rule's, now); the
        // follow-up and the daily refresh keep it current from then on
        vars.put(PlanVariables.STATUS_TEXT, cards.text(initialStatus(item.deadlineKind(), due, plan.year())));
        return vars;
    }

    static String dueDateText(LocalDate due) {
        return due == null ? Texts.get("plan.due.none") : DueDates.format(due);
    }

    /** The first stored status of an assignment: the status rule's, now ({@link AssignmentStatuses#initial}). */
    AssignmentStatus initialStatus(DeadlineKind kind, LocalDate due, int planYear) {
        return statuses.initial(kind, due, planYear, clock.instant());
    }
}
