package vn.cchc.deadline;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON object printed by the {@code deadlines} command and embedded by {@code import --dry-run}. (stub) */
public final class DeadlineJson {

    private DeadlineJson() {
    }

    public static Map<String, Object> toMap(Deadline deadline, WorkingCalendar calendar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", deadline.text());
        m.put("kind", deadline.kind().jsonName());
        return m;
    }
}
