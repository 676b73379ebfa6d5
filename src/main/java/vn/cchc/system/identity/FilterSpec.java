package vn.cchc.system.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.cchc.shared.Texts;

/**
 * One Tasklist filter the product ships: its Vietnamese name (the key by which it is found again at start-up), its
 * place in the list ({@code priority}: the Tasklist lists filters by it and opens the first at login, so the unit's
 * work comes first, then overdue and due soon with their counts), the stored query, and the groups allowed to see it.
 */
record FilterSpec(String name, int priority, String description, String color, TaskQuery query,
                  List<String> groups) {

    /** Columns shown on every task card, with the labels officials read. */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            variable("planTitle", Texts.get("system.filter.column.planTitle")),
            variable("taskText", Texts.get("system.filter.column.taskText")),
            variable("agencyName", Texts.get("system.filter.column.agencyName")),
            variable("deadlineText", Texts.get("system.filter.column.deadlineText")),
            // the assignment's status as the items page names it ("Quá hạn", "Chưa đến hạn"…), kept current by
            // plan.TaskCards; one variable for all eight statuses, not one per status
            variable("statusText", Texts.get("system.filter.column.statusText")),
            // set when a reviewer returned the work (the step that returned it): a returned task says so on its card
            variable("returnedBy", Texts.get("system.filter.column.returnedBy")));

    FilterSpec {
        groups = List.copyOf(groups);
    }

    /** The filter's {@code properties} as the Tasklist reads them. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        if (color != null) {
            properties.put("color", color);
        }
        properties.put("showUndefinedVariable", false);
        properties.put("variables", CARD_VARIABLES);
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("label", label);
        return column;
    }
}
