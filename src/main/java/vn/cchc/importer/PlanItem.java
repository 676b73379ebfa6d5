package vn.cchc.importer;

import java.util.List;
import vn.cchc.deadline.Deadline;

/** One task row of a plan appendix, with its agencies resolved and its deadline parsed. */
public record PlanItem(String section, String stt, String task, List<String> lead, List<String> coordinators,
                       String product, String deadlineText, Deadline deadline, List<String> leadAgencies,
                       List<String> coordinatorAgencies, List<String> problems, int sourceRow) {

    public PlanItem {
        lead = List.copyOf(lead);
        coordinators = List.copyOf(coordinators);
        leadAgencies = List.copyOf(leadAgencies);
        coordinatorAgencies = List.copyOf(coordinatorAgencies);
        problems = List.copyOf(problems);
    }
}
