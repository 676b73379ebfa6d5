package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.Deadline;
import vn.cchc.plan.DueSchedule;
import vn.cchc.plan.PlanItem;

/**
 * Turns imported appendix rows into the plan's items: agencies as written and resolved, due dates per agency, and a
 * wide table's objective and parent task kept with each activity.
 */
final class ImportedItems {

    private ImportedItems() {
    }

    static List<PlanItem> toPlanItems(String planId, List<AppendixRow> imported, AgencyResolver resolver) {
        List<PlanItem> items = new ArrayList<>();
        int no = 0;
        for (AppendixRow item : imported) {
            // a date before the plan year is not deployed until SNV confirms it (issue 14, class 3)
            Deadline deadline = item.deadline().withoutUnconfirmedDates();
            items.add(new PlanItem(planId, ++no, blankToNull(item.section()), item.stt(), item.task(),
                    String.join("; ", item.lead()), item.leadAgencies(), String.join("; ", item.coordinators()),
                    item.coordinatorAgencies(), blankToNull(item.product()), item.deadlineText(), deadline.kind(),
                    deadline.dates().isEmpty() ? null : deadline.dates().get(0), DueSchedule.of(deadline, resolver),
                    item.objective(), item.parentTask()));
        }
        return items;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
