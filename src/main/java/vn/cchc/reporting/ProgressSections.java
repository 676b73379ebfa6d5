package vn.cchc.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException;
import vn.cchc.shared.UserInputException.Problem;

/**
 * The progress an agency writes for its recurring and ongoing items, in one text field: each item's section starts
 * with a line {@code [item no] task} (pre-filled when the report opens) and its progress follows on the next lines.
 */
final class ProgressSections {

    private static final Pattern HEADER = Pattern.compile("^\\s*\\[(\\d+)]\\s*(.*)$");
    private static final int TASK_CHARS = 150;

    private ProgressSections() {
    }

    /** The pre-filled text: one header line per item, in item order, with room to write. */
    static String template(List<WorkItem> periodic) {
        StringBuilder text = new StringBuilder();
        for (WorkItem item : periodic) {
            String task = item.task().replaceAll("\\s+", " ").trim();
            if (task.length() > TASK_CHARS) {
                task = task.substring(0, TASK_CHARS - 1) + "…";
            }
            text.append('[').append(item.itemNo()).append("] ").append(task).append("\n\n");
        }
        return text.toString();
    }

    /**
     * Progress per item number; every expected item must have some text and no other item may appear.
     *
     * @throws PlanInputException naming every item at fault
     */
    static Map<Integer, String> parse(String text, List<Integer> expected) {
        Map<Integer, StringBuilder> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder current = null;
        for (String line : (text == null ? "" : text).split("\\R")) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                int no = Integer.parseInt(m.group(1));
                if (!expected.contains(no)) {
                    problems.add(Problem.of(null, "reporting.progress.notPeriodic", no));
                }
                current = found.computeIfAbsent(no, k -> new StringBuilder());
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<Integer, String> progress = new LinkedHashMap<>();
        for (Integer no : expected) {
            StringBuilder written = found.get(no);
            if (written == null || written.toString().isBlank()) {
                problems.add(Problem.of(null, "reporting.progress.missing", no));
            } else {
                progress.put(no, written.toString().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(UserInputException.UNPROCESSABLE, problems);
        }
        return progress;
    }
}
