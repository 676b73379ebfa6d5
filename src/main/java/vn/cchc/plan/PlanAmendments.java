package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.DueDates;

/**
 * Amendments of an issued plan, each in one transaction with its history row: new items (their {@code planTask}
 * instances start at once) and changed deadlines (running instances get the new {@code dueDate}, {@code dueDateText}
 * and {@code deadlineText}, their open task its due date, and a {@code dueDateChanged} message when the instance
 * waits for one, so reminder timers can reschedule).
 */
@Service
public class PlanAmendments {

    /** Message a {@code planTask} instance may catch to reschedule its timers after a deadline change. */
    public static final String DUE_DATE_CHANGED = "dueDateChanged";

    private final Plans plans;
    private final PlanItems items;
    private final ItemsJson itemsJson;
    private final Assignments assignments;
    private final Amendments history;
    private final PlanTaskStarter starter;
    private final AgencyResolver resolver;
    private final RuntimeService runtime;
    private final RunningTaskDue runningTasks;

    PlanAmendments(Plans plans, PlanItems items, ItemsJson itemsJson, Assignments assignments, Amendments history,
                   PlanTaskStarter starter, AgencyResolver resolver, RuntimeService runtime,
                   RunningTaskDue runningTasks) {
        this.plans = plans;
        this.items = items;
        this.itemsJson = itemsJson;
        this.assignments = assignments;
        this.history = history;
        this.starter = starter;
        this.resolver = resolver;
        this.runtime = runtime;
        this.runningTasks = runningTasks;
    }

    /** Adds items (JSON in the draft form's format) after the last one and assigns them. */
    @Transactional
    public List<PlanItem> addItems(String planId, String json, String reason, String user) {
        return addItems(planId, json, reason, user, null);
    }

    /**
     * {@link #addItems(String, String, String, String)} after a {@link #previewItems preview}: refused with
     * {@link PlanChanged} when the plan's last item number is no longer {@code previewedLastItemNo} (items were
     * added since, e.g. the same confirmation sent twice), so the numbers shown are the numbers given.
     */
    @Transactional
    public List<PlanItem> addItems(String planId, String json, String reason, String user,
                                   Integer previewedLastItemNo) {
        Plan plan = IssuedPlans.requireForChange(plans, planId);
        IssuedPlans.reason(reason, "amendmentReason");
        requireList(json);
        int last = lastItemNo(planId);
        if (previewedLastItemNo != null && previewedLastItemNo != last) {
            throw new PlanChanged(planId, previewedLastItemNo, last);
        }
        List<PlanItem> added = numbered(itemsJson.read(planId, plan.year(), json), planId, last);
        items.insert(added);
        List<Assignments.Assignment> started = new ArrayList<>();
        for (PlanItem item : added) {
            started.addAll(starter.start(runtime, plan, item));
            history.add(new Amendment(planId, item.itemNo(), Amendment.Kind.NEW_ITEM, null,
                    item.task() + " — " + item.leadText() + " — " + item.deadlineText(), reason, user,
                    VietnamTime.now()));
        }
        assignments.insertAll(started);
        return added;
    }

    /**
     * What {@link #addItems} would add, checked the same way but without writing anything or starting a process:
     * the rows under their future numbers, with every problem that would refuse them (a missing reason included).
     */
    @Transactional(readOnly = true)
    public ItemsPreview previewItems(String planId, String json, String reason) {
        Plan plan = IssuedPlans.require(plans, planId);
        requireList(json);
        List<String> problems = new ArrayList<>();
        try {
            IssuedPlans.reason(reason, "amendmentReason");
        } catch (PlanInputException e) {
            problems.addAll(e.problems());
        }
        ItemsJson.Checked checked = itemsJson.check(planId, plan.year(), json);
        problems.addAll(checked.problems());
        return ItemsPreview.of(plan, lastItemNo(planId), checked, problems, resolver.directory(),
                starter::effectiveDue);
    }

    /** Refusal of a confirmation whose preview no longer matches the plan. */
    public static final class PlanChanged extends PlanInputException {

        private PlanChanged(String planId, int previewed, int now) {
            super(CONFLICT, List.of(Problem.of(null, "plan.amendment.changed", planId, now, previewed)));
        }
    }

    private static void requireList(String json) {
        if (json == null || json.isBlank()) {
            throw PlanInputException.field("items", "plan.amendment.itemsEmpty");
        }
    }

    private int lastItemNo(String planId) {
        return items.findByPlan(planId).stream().mapToInt(PlanItem::itemNo).max().orElse(0);
    }

    private static List<PlanItem> numbered(List<PlanItem> read, String planId, int last) {
        List<PlanItem> numbered = new ArrayList<>();
        for (PlanItem item : read) {
            numbered.add(item.renumbered(planId, ++last));
        }
        return numbered;
    }

    /** Gives an item a new deadline (an ISO date or a phrase); returns the item as it now is. */
    @Transactional
    public PlanItem changeDeadline(String planId, int itemNo, String due, String reason, String user) {
        Plan plan = IssuedPlans.requireForChange(plans, planId);
        PlanItem old = IssuedPlans.item(items, planId, itemNo);
        if (due == null || due.isBlank()) {
            throw PlanInputException.field("due", "plan.amendment.dueMissing", itemNo);
        }
        if (due.trim().equals(old.deadlineText())) {
            // also the same change sent twice (a double click): not recorded, nor rescheduled, again
            throw PlanInputException.conflict("plan.amendment.sameDeadline", itemNo, old.deadlineText());
        }
        IssuedPlans.reason(reason, "amendmentReason");
        Deadline deadline = ItemsJson.deadline(new DeadlineParser(plan.year()), due.trim());
        if (deadline.kind() == DeadlineKind.UNKNOWN) {
            throw PlanInputException.field("due", "plan.amendment.dueUnreadable", itemNo, due.trim());
        }
        deadline.dates().forEach(day -> IssuedPlans.nearPlanYear(day, plan, "due"));
        PlanItem changed = old.withDeadline(due.trim(), deadline.kind(),
                deadline.dates().isEmpty() ? null : deadline.dates().get(0), DueSchedule.of(deadline, resolver));
        items.updateDeadline(changed);
        history.add(new Amendment(planId, itemNo, Amendment.Kind.DEADLINE_CHANGED, describe(old), describe(changed),
                reason, user, VietnamTime.now()));
        reschedule(plan, changed);
        return changed;
    }

    public List<Amendment> history(String planId) {
        return history.ofPlan(planId);
    }

    private void reschedule(Plan plan, PlanItem item) {
        Map<String, List<Assignments.Assignment>> byAgency = assignments.ofPlan(plan.id()).stream()
                .filter(a -> a.itemNo() == item.itemNo())
                .collect(Collectors.groupingBy(Assignments.Assignment::agencyId));
        List<Assignments.Assignment> started = new ArrayList<>();
        for (String agencyId : item.leadAgencies()) {
            List<ItemDue> dues = item.duesOf(agencyId);
            List<Assignments.Assignment> current = byAgency.getOrDefault(agencyId, List.of());
            for (Assignments.Assignment a : current) {
                int milestone = milestoneOf(a.id());
                ItemDue itemDue = dues.get(Math.min(milestone, dues.size()) - 1);
                move(a, plan, item, starter.effectiveDue(itemDue.dueDate()));
            }
            for (ItemDue itemDue : dues.subList(Math.min(current.size(), dues.size()), dues.size())) {
                String key = PlanTaskStarter.key(plan, item.itemNo(), agencyId, itemDue.milestone(), true);
                started.add(starter.start(runtime, plan, item, agencyId, itemDue, key));
            }
        }
        assignments.insertAll(started);
    }

    private void move(Assignments.Assignment a, Plan plan, PlanItem item, LocalDate due) {
        boolean done = a.status() == AssignmentStatus.DONE_ON_TIME || a.status() == AssignmentStatus.DONE_LATE;
        AssignmentStatus status = done ? null : starter.initialStatus(item.deadlineKind(), due, plan.year());
        assignments.changeDue(a.id(), due, status);
        if (!done) {
            runningTasks.move(a.processInstanceId(), due, item.deadlineText());
        }
    }

    private static int milestoneOf(String assignmentId) {
        int at = assignmentId.lastIndexOf(":m");
        return at > 0 && assignmentId.substring(at + 2).matches("\\d+")
                ? Integer.parseInt(assignmentId.substring(at + 2)) : 1;
    }

    private static String describe(PlanItem item) {
        String dates = item.dues().stream().filter(d -> d.dueDate() != null)
                .map(d -> (d.agencyId() == null ? "" : d.agencyId() + " ") + DueDates.format(d.dueDate()))
                .collect(Collectors.joining(", "));
        return item.deadlineText() + (dates.isEmpty() ? "" : " (" + dates + ")");
    }
}
