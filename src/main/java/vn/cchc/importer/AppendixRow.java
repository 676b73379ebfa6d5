package vn.cchc.importer;

import java.util.List;
import vn.cchc.deadline.Deadline;

/**
 * One task row of a plan appendix, with its agencies resolved and its deadline parsed. In a wide table
 * {@code objective} and {@code parentTask} are the "Mục tiêu" and "Nhiệm vụ" the activity belongs to (empty
 * otherwise, or when the task is the row's own text).
 */
public record AppendixRow(String section, String stt, String task, List<String> lead, List<String> coordinators,
                       String product, String deadlineText, Deadline deadline, List<String> leadAgencies,
                       List<String> coordinatorAgencies, List<String> problems, int sourceRow, String objective,
                       String parentTask) {

    public AppendixRow {
        lead = List.copyOf(lead);
        coordinators = List.copyOf(coordinators);
        leadAgencies = List.copyOf(leadAgencies);
        coordinatorAgencies = List.copyOf(coordinatorAgencies);
        problems = List.copyOf(problems);
        objective = objective == null ? "" : objective;
        parentTask = parentTask == null ? "" : parentTask;
    }

    public AppendixRow(String section, String stt, String task, List<String> lead, List<String> coordinators,
                    String product, String deadlineText, Deadline deadline, List<String> leadAgencies,
                    List<String> coordinatorAgencies, List<String> problems, int sourceRow) {
        this(section, stt, task, lead, coordinators, product, deadlineText, deadline, leadAgencies,
                coordinatorAgencies, problems, sourceRow, "", "");
    }
}
