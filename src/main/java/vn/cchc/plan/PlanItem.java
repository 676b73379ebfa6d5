package vn.cchc.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.Texts;

/**
 * One task row of a plan's appendix, with its lead agencies resolved to ids and its due dates per agency and
 * milestone ({@link DueSchedule}); {@code dueDate} is the first of them, kept for lists and reports. An activity read
 * from a wide table keeps its context: {@code objective} ("Mục tiêu") and {@code parentTask} (the larger "Nhiệm vụ"
 * it belongs to), so the agency doing it and SNV following it read what it serves; null when the row has none.
 */
public record PlanItem(String planId, int itemNo, String section, String stt, String task, String leadText,
                       List<String> leadAgencies, String coordinatorsText, List<String> coordinatorAgencies,
                       String product, String deadlineText, DeadlineKind deadlineKind, LocalDate dueDate,
                       List<ItemDue> dues, String objective, String parentTask) {

    private static final Set<DeadlineKind> WITHOUT_DATE =
            Set.of(DeadlineKind.EVENT, DeadlineKind.PER_REGULATION, DeadlineKind.UNKNOWN);

    public PlanItem {
        leadAgencies = List.copyOf(leadAgencies);
        coordinatorAgencies = List.copyOf(coordinatorAgencies);
        dues = dues == null || dues.isEmpty() ? DueSchedule.single(dueDate) : List.copyOf(dues);
        objective = objective == null || objective.isBlank() ? null : objective;
        parentTask = parentTask == null || parentTask.isBlank() ? null : parentTask;
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException(Texts.get("plan.item.noTask", itemNo));
        }
    }

    /** An item without a wide table's context (objective, parent task). */
    public PlanItem(String planId, int itemNo, String section, String stt, String task, String leadText,
                    List<String> leadAgencies, String coordinatorsText, List<String> coordinatorAgencies,
                    String product, String deadlineText, DeadlineKind deadlineKind, LocalDate dueDate,
                    List<ItemDue> dues) {
        this(planId, itemNo, section, stt, task, leadText, leadAgencies, coordinatorsText, coordinatorAgencies,
                product, deadlineText, deadlineKind, dueDate, dues, null, null);
    }

    /** An item with one due date for every lead agency. */
    public PlanItem(String planId, int itemNo, String section, String stt, String task, String leadText,
                    List<String> leadAgencies, String coordinatorsText, List<String> coordinatorAgencies,
                    String product, String deadlineText, DeadlineKind deadlineKind, LocalDate dueDate) {
        this(planId, itemNo, section, stt, task, leadText, leadAgencies, coordinatorsText, coordinatorAgencies,
                product, deadlineText, deadlineKind, dueDate, null);
    }

    /** The due dates of one lead agency, one per milestone. */
    public List<ItemDue> duesOf(String agencyId) {
        return DueSchedule.forAgency(dues, agencyId);
    }

    /**
     * True when SNV must set a date or link an event: the phrase names none (per regulation, after an event,
     * unreadable), a per-agency phrase leaves a lead agency without one, or a dated phrase had its date withheld
     * (a date before the plan year, see {@code Deadline#withoutUnconfirmedDates}). Recurring and ongoing tasks are not.
     */
    public boolean needsDate() {
        if (WITHOUT_DATE.contains(deadlineKind)) {
            return true;
        }
        // a dated kind without a date: a date before the plan year withheld until SNV confirms it
        return deadlineKind != DeadlineKind.RECURRING && deadlineKind != DeadlineKind.ONGOING
                && leadAgencies.stream().anyMatch(a -> duesOf(a).stream().anyMatch(d -> d.dueDate() == null));
    }

    /** The same item under another number (amendments append after the last item). */
    public PlanItem renumbered(String newPlanId, int newItemNo) {
        return new PlanItem(newPlanId, newItemNo, section, stt, task, leadText, leadAgencies, coordinatorsText,
                coordinatorAgencies, product, deadlineText, deadlineKind, dueDate, dues, objective, parentTask);
    }

    /** The same item with a new deadline: its text, kind, first date and due dates per agency and milestone. */
    public PlanItem withDeadline(String newDeadlineText, DeadlineKind newKind, LocalDate newDueDate,
                                 List<ItemDue> newDues) {
        return new PlanItem(planId, itemNo, section, stt, task, leadText, leadAgencies, coordinatorsText,
                coordinatorAgencies, product, newDeadlineText, newKind, newDueDate, newDues, objective, parentTask);
    }
}
