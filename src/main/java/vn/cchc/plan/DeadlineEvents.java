package vn.cchc.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * The event an item's deadline waits for has happened ("Sau khi có kết quả công bố"): every task of the item that
 * waits for it gets message {@code deadlineEventOccurred} with the day, and the process computes its due date and
 * plans its reminders. All or nothing: when a task of the item is not ready to receive the event, none is told.
 */
@Service
public class DeadlineEvents {

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final Amendments history;
    private final RunningTaskDue runningTasks;

    DeadlineEvents(Plans plans, PlanItems items, Assignments assignments, Amendments history,
                   RunningTaskDue runningTasks) {
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.history = history;
        this.runningTasks = runningTasks;
    }

    /**
     * Records that the event of item {@code itemNo} happened on {@code eventDate} (dd/MM/yyyy; blank: today).
     *
     * @return the assignments that received it, with their computed due dates
     */
    @Transactional
    public List<Assignments.Assignment> record(String planId, int itemNo, String eventDate, String note,
                                               String user) {
        Plan plan = IssuedPlans.requireForChange(plans, planId);
        PlanItem item = IssuedPlans.item(items, planId, itemNo);
        IssuedPlans.bounded(note, "eventNote");
        if (item.deadlineKind() != DeadlineKind.EVENT) {
            throw PlanInputException.conflict("plan.event.notEventDeadline", itemNo, item.deadlineText());
        }
        LocalDate today = VietnamTime.today();
        LocalDate day = eventDate == null || eventDate.isBlank() ? today
                : IssuedPlans.nearPlanYear(IssuedPlans.date(eventDate, "eventDate"), plan, "eventDate");
        if (day.isAfter(today)) {
            throw PlanInputException.field("eventDate", "plan.event.future", IssuedPlans.label("eventDate"),
                    DueDates.format(day));
        }
        List<Assignments.Assignment> waiting = assignments.ofPlan(planId).stream()
                .filter(a -> a.itemNo() == itemNo && a.status() == AssignmentStatus.WAITING_EVENT).toList();
        if (waiting.isEmpty()) {
            throw PlanInputException.conflict("plan.event.noneWaiting", itemNo);
        }
        List<String> notReady = waiting.stream()
                .filter(a -> !runningTasks.waitsFor(a.processInstanceId(), RunningTaskDue.EVENT_OCCURRED))
                .map(Assignments.Assignment::agencyId).toList();
        if (!notReady.isEmpty()) {
            throw PlanInputException.conflict("plan.event.notReady", itemNo, String.join(", ", notReady));
        }
        waiting.forEach(a -> runningTasks.eventOccurred(a.processInstanceId(), day));
        history.add(new Amendment(planId, itemNo, Amendment.Kind.EVENT_OCCURRED, item.deadlineText(),
                Texts.get("plan.event.happened", DueDates.format(day)), note == null || note.isBlank() ? null : note.trim(),
                user, VietnamTime.now()));
        return waiting.stream().map(a -> assignments.find(a.id()).orElseThrow()).toList();
    }
}
