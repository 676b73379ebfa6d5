package vn.cchc.importer.web;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.plan.PlanItem;

/**
 * One row of the draft page's table as SNV typed or pasted it: the cells of the draft form's item format
 * ({@code vn.cchc.plan.ItemsJson}), agencies and deadline as the plan writes them. {@code section} and {@code stt}
 * come from pasted or imported rows and are kept as they are, as are a wide table's {@code objective} and
 * {@code parentTask} (hidden fields of the row: saving the table does not lose an imported activity's context).
 */
record DraftRow(String section, String stt, String task, String lead, String coordinators, String product,
                String due, String objective, String parentTask) {

    DraftRow {
        section = trimmed(section);
        stt = trimmed(stt);
        task = trimmed(task);
        lead = trimmed(lead);
        coordinators = trimmed(coordinators);
        product = trimmed(product);
        due = trimmed(due);
        objective = trimmed(objective);
        parentTask = trimmed(parentTask);
    }

    DraftRow(String section, String stt, String task, String lead, String coordinators, String product, String due) {
        this(section, stt, task, lead, coordinators, product, due, "", "");
    }

    static DraftRow of(PlanItem item) {
        return new DraftRow(item.section(), item.stt(), item.task(), item.leadText(), item.coordinatorsText(),
                item.product(), item.deadlineText(), item.objective(), item.parentTask());
    }

    /** An empty row of the table (a number alone is not a row). */
    boolean blank() {
        return task.isEmpty() && lead.isEmpty() && coordinators.isEmpty() && product.isEmpty() && due.isEmpty();
    }

    /** The row as one entry of the draft form's JSON list. */
    Map<String, Object> entry() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", section.isEmpty() ? null : section);
        m.put("stt", stt.isEmpty() ? null : stt);
        m.put("task", task);
        m.put("lead", lead);
        m.put("coordinators", coordinators);
        m.put("product", product.isEmpty() ? null : product);
        m.put("due", due);
        if (!parentTask.isEmpty()) {
            m.put("parentTask", parentTask);
        }
        if (!objective.isEmpty()) {
            m.put("objective", objective);
        }
        return m;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
