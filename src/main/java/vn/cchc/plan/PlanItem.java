package vn.cchc.plan;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.deadline.DeadlineKind;

/** One task row of a plan's appendix, with its lead agencies resolved to ids. */
public record PlanItem(String planId, int itemNo, String section, String stt, String task, String leadText,
                       List<String> leadAgencies, String coordinatorsText, List<String> coordinatorAgencies,
                       String product, String deadlineText, DeadlineKind deadlineKind, LocalDate dueDate) {

    public PlanItem {
        leadAgencies = List.copyOf(leadAgencies);
        coordinatorAgencies = List.copyOf(coordinatorAgencies);
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("Nhiệm vụ số " + itemNo + " không có nội dung.");
        }
    }
}
