package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON object printed by the {@code deadlines} command and embedded by {@code import --dry-run}. */
public final class DeadlineJson {

    private DeadlineJson() {
    }

    /**
     * {@code text}, {@code kind}, {@code due}, {@code effectiveDue} and {@code recurring} always;
     * {@code milestone}, {@code rule} ({@link RecurrenceRule#toJson}), {@code doubts} ({@link Doubt#jsonName}) and
     * {@code byAgency} only when the phrase has them.
     */
    public static Map<String, Object> toMap(Deadline deadline, WorkingCalendar calendar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", deadline.text());
        m.put("kind", deadline.kind().jsonName());
        m.put("due", isoDates(deadline.dates()));
        m.put("effectiveDue", isoDates(deadline.dates().stream().map(calendar::effectiveDue).toList()));
        m.put("recurring", deadline.recurring());
        if (deadline.milestone() != null) {
            m.put("milestone", deadline.milestone());
        }
        if (deadline.rule() != null) {
            m.put("rule", deadline.rule().toJson());
        }
        if (!deadline.doubts().isEmpty()) {
            m.put("doubts", deadline.doubts().stream().map(Doubt::jsonName).toList());
        }
        if (!deadline.byAgency().isEmpty()) {
            Map<String, Object> byAgency = new LinkedHashMap<>();
            deadline.byAgency().forEach((agency, d) ->
                    byAgency.put(agency, d.dates().isEmpty() ? d.text() : isoDates(d.dates())));
            m.put("byAgency", byAgency);
        }
        return m;
    }

    private static List<String> isoDates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }
}
