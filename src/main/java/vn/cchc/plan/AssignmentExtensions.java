package vn.cchc.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.DueDates;

/**
 * An extension (gia hạn) SNV grants one agency for one item of an issued plan: that assignment alone gets the new
 * due date (moved to a working day like every deadline), its open task the new due date, its reminder timers are
 * planned again from it, and the plan's amendment history records who granted it, when and why. The item's
 * deadline and the other agencies' assignments stay as they were. A finished assignment cannot be extended.
 *
 * <p>SNV may also refuse an agency's request for an extension (made by letter or phone: there is no request step):
 * the due date stays, the history records the refusal with its reason, and the agency is told.
 */
@Service
public class AssignmentExtensions {

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final Amendments history;
    private final RunningTaskDue runningTasks;
    private final WorkingCalendar calendar;
    private final WorkNotices notices;
    private final Messages messages;

    AssignmentExtensions(Plans plans, PlanItems items, Assignments assignments, Amendments history,
                         RunningTaskDue runningTasks, WorkingCalendar calendar, WorkNotices notices,
                         Messages messages) {
        this.notices = notices;
        this.messages = messages;
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.history = history;
        this.runningTasks = runningTasks;
        this.calendar = calendar;
    }

    /** How long after a refusal the same refusal is taken for the same request sent again. */
    static final Duration SENT_AGAIN_WITHIN = Duration.ofMinutes(10);

    /** Extends assignment {@code assignmentId} of item {@code itemNo} to {@code newDue} (dd/MM/yyyy). */
    @Transactional
    public Assignments.Assignment extend(String planId, int itemNo, String assignmentId, String newDue,
                                         String reason, String user) {
        Plan plan = IssuedPlans.requireForChange(plans, planId);
        PlanItem item = IssuedPlans.item(items, planId, itemNo);
        Assignments.Assignment assignment = assignments.find(assignmentId == null ? "" : assignmentId)
                .filter(a -> a.planId().equals(planId) && a.itemNo() == itemNo)
                .orElseThrow(() -> PlanInputException.field("assignmentId", "plan.extension.noAgency", itemNo));
        if (assignment.status() == AssignmentStatus.DONE_ON_TIME || assignment.status() == AssignmentStatus.DONE_LATE) {
            throw PlanInputException.conflict("plan.extension.done", messages.get(assignment.status().messageKey()));
        }
        LocalDate due = calendar.effectiveDue(
                IssuedPlans.nearPlanYear(IssuedPlans.date(newDue, "newDue"), plan, "newDue"));
        if (due.equals(assignment.dueDate())) {
            // nothing to extend: also the same extension sent twice (a double click), which is not recorded twice
            throw PlanInputException.conflict("plan.extension.sameDue", DueDates.format(due));
        }
        String why = IssuedPlans.reason(reason, "extensionReason");
        if (!runningTasks.isRunning(assignment.processInstanceId())) {
            throw PlanInputException.conflict("plan.extension.notRunning");
        }
        assignments.reschedule(assignment.id(), due, AssignmentStatus.IN_PROGRESS);
        runningTasks.move(assignment.processInstanceId(), due, null);
        history.add(new Amendment(planId, itemNo, Amendment.Kind.EXTENSION,
                PlanTaskStarter.dueDateText(assignment.dueDate()), DueDates.format(due), why, user,
                VietnamTime.now(), assignment.agencyId()));
        notices.extensionGranted(plan, assignment.id(), assignment.agencyId(), item.task(), assignment.dueDate(), due,
                why);
        return assignments.find(assignment.id()).orElseThrow();
    }

    /**
     * The agency's changes on the item so far, refused when the last one is this refusal sent again (a double click,
     * the browser's resend): a refusal with the same reason, a few minutes ago. It is not recorded, nor the agency
     * told, a second time; a refusal of a new request is written afresh, or comes later.
     */
    private List<Amendment> refuseSentAgain(String planId, int itemNo, String agencyId, String why) {
        List<Amendment> ofAgency = history.ofItem(planId, itemNo).stream()
                .filter(h -> agencyId.equals(h.agencyId())).toList();
        Amendment last = ofAgency.isEmpty() ? null : ofAgency.get(ofAgency.size() - 1);
        if (last != null && last.kind() == Amendment.Kind.EXTENSION_REFUSED && why.equals(last.reason())
                && last.changedAt().isAfter(VietnamTime.now().minus(SENT_AGAIN_WITHIN))) {
            throw PlanInputException.conflict("extensionRefusal.sentAgain",
                    last.changedAt().format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        return ofAgency;
    }

    /** Refuses assignment {@code assignmentId} of item {@code itemNo} an extension: the due date stays. */
    @Transactional
    public Amendment refuse(String planId, int itemNo, String assignmentId, String reason, String user) {
        Plan plan = IssuedPlans.requireForChange(plans, planId);
        PlanItem item = IssuedPlans.item(items, planId, itemNo);
        Assignments.Assignment assignment = assignments.find(assignmentId == null ? "" : assignmentId)
                .filter(a -> a.planId().equals(planId) && a.itemNo() == itemNo)
                .orElseThrow(() -> PlanInputException.field("assignmentId", "extensionRefusal.noAgency", itemNo));
        if (assignment.status() == AssignmentStatus.DONE_ON_TIME || assignment.status() == AssignmentStatus.DONE_LATE) {
            throw PlanInputException.conflict("extensionRefusal.done", messages.get(assignment.status().messageKey()));
        }
        if (reason == null || reason.isBlank()) {
            throw PlanInputException.field("reason", "extensionRefusal.noReason");
        }
        String why = IssuedPlans.bounded(reason.strip(), "refusalReason");
        List<Amendment> before = refuseSentAgain(planId, itemNo, assignment.agencyId(), why);
        String due = PlanTaskStarter.dueDateText(assignment.dueDate());
        Amendment refusal = new Amendment(planId, itemNo, Amendment.Kind.EXTENSION_REFUSED, due, due, why, user,
                VietnamTime.now(), assignment.agencyId());
        history.add(refusal);
        // this refusal's round: the agency's refusals on the item before it, and this one
        long round = before.stream().filter(h -> h.kind() == Amendment.Kind.EXTENSION_REFUSED).count() + 1;
        notices.extensionRefused(plan, assignment.id(), assignment.agencyId(), item.task(), assignment.dueDate(), why,
                (int) round);
        return refusal;
    }
}
