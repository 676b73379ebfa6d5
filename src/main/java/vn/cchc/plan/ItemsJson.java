package vn.cchc.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.Resolution;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.shared.Texts;

/**
 * Reads plan items typed in the draft form or uploaded as JSON: an array of objects with {@code task} (or
 * {@code title}), {@code lead} (agency names, aliases, classes or ids; a string or an array), optional
 * {@code coordinators}, {@code product}, {@code section}, {@code stt}, and {@code due} (an ISO date or a deadline
 * phrase as plans write it, e.g. "Quý I/2024"; per-agency and several-date phrases give each agency and milestone
 * its own date, see {@link DueSchedule}), and optional {@code objective} and {@code parentTask} (a wide table's
 * "Mục tiêu" and larger "Nhiệm vụ" the activity belongs to, kept with the item). All or nothing: every problem is reported with the item number; an agency phrase that names no known
 * agency, lead or coordinator, is a problem (map it to agencies on the import page to go on). A blank list means
 * "keep the items the plan already has" (imported from its appendix): they are checked again the same way.
 */
@Component
public class ItemsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int CONTEXT_MAX = 4000;
    private final AgencyResolver resolver;
    private final PlanItems stored;

    ItemsJson(AgencyResolver resolver, PlanItems stored) {
        this.resolver = resolver;
        this.stored = stored;
    }

    public List<PlanItem> read(String planId, int year, String json) {
        Checked checked = check(planId, year, json);
        if (!checked.allProblems().isEmpty()) {
            throw new PlanInputException(checked.allProblems());
        }
        return checked.items();
    }

    /**
     * The list as {@link #read} sees it, without refusing it: every entry with its agencies resolved, its item (null
     * when it has no task or no lead agency) and its problems. {@link #read} refuses exactly when any are reported.
     */
    public Checked check(String planId, int year, String json) {
        if (json == null || json.isBlank()) {
            List<PlanItem> current = stored.findByPlan(planId);
            if (!current.isEmpty()) {
                json = toJson(current);
            }
        }
        JsonNode root = parse(json);
        List<Entry> entries = new ArrayList<>();
        DeadlineParser deadlines = new DeadlineParser(year);
        int no = 0;
        for (JsonNode node : root) {
            entries.add(entry(planId, ++no, node, deadlines));
        }
        return new Checked(entries, no == 0 ? List.of(Texts.get("plan.items.empty")) : List.of());
    }

    /** One entry of the list: what it says, the item it gives (null when unusable) and its problems. */
    public record Entry(int no, String task, String leadText, String coordinatorsText, PlanItem item,
                        List<String> problems) {
    }

    /** The entries of a list and the problems of the list as a whole. */
    public record Checked(List<Entry> entries, List<String> problems) {

        public List<String> allProblems() {
            List<String> all = new ArrayList<>();
            entries.forEach(e -> all.addAll(e.problems()));
            all.addAll(problems);
            return all;
        }

        public List<PlanItem> items() {
            return entries.stream().map(Entry::item).filter(java.util.Objects::nonNull).toList();
        }
    }

    private Entry entry(String planId, int no, JsonNode node, DeadlineParser deadlines) {
        List<String> problems = new ArrayList<>();
        String prefix = (node.hasNonNull("stt") ? Texts.get("plan.items.rowStt", no, node.get("stt").asText())
                : Texts.get("plan.items.row", no)) + ": ";
        if (!node.isObject()) {
            problems.add(prefix + Texts.get("plan.items.notObject"));
            return new Entry(no, "", "", "", null, problems);
        }
        String task = text(node, "task", text(node, "title", ""));
        String leadText = joined(node.get("lead"));
        String coordinatorsText = joined(node.get("coordinators"));
        if (task.isBlank()) {
            problems.add(prefix + Texts.get("plan.items.noTask"));
        }
        if (leadText.isBlank()) {
            problems.add(prefix + Texts.get("plan.items.noLead"));
            return new Entry(no, task, leadText, coordinatorsText, null, problems);
        }
        Resolution lead = resolver.resolve(leadText);
        lead.unresolved().forEach(p -> problems.add(prefix + lead.problem(p, Texts.get("plan.items.leadUnknown", p))
                + "."));
        Resolution coordinators = coordinatorsText.isBlank() ? new Resolution(List.of(), List.of())
                : resolver.resolve(coordinatorsText);
        coordinators.unresolved().forEach(p -> problems.add(prefix + coordinators.problem(p,
                Texts.get("plan.items.coordinatorUnknown", p)) + "."));
        String objective = text(node, "objective", null);
        String parentTask = text(node, "parentTask", null);
        tooLong(problems, prefix, "objective", objective);
        tooLong(problems, prefix, "parentTask", parentTask);
        String due = text(node, "due", text(node, "deadline", ""));
        // a phrase's date before the plan year waits for SNV's confirmation (docs/deadlines.md, class 3)
        Deadline deadline = deadline(deadlines, due).withoutUnconfirmedDates();
        PlanItem item = task.isBlank() ? null : new PlanItem(planId, no, text(node, "section", null),
                text(node, "stt", String.valueOf(no)), task, leadText, lead.agencyIds(), coordinatorsText,
                coordinators.agencyIds(), text(node, "product", null), due, deadline.kind(),
                deadline.dates().isEmpty() ? null : deadline.dates().get(0), DueSchedule.of(deadline, resolver),
                objective, parentTask);
        return new Entry(no, task, leadText, coordinatorsText, item, problems);
    }

    /** Items in the format {@link #read} accepts (agency phrases and deadlines as written). */
    public static String toJson(List<PlanItem> items) {
        List<java.util.Map<String, Object>> list = new ArrayList<>();
        for (PlanItem item : items) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("section", item.section());
            m.put("stt", item.stt());
            m.put("task", item.task());
            m.put("lead", item.leadText());
            m.put("coordinators", item.coordinatorsText());
            m.put("product", item.product());
            m.put("due", item.deadlineText());
            if (item.parentTask() != null) {
                m.put("parentTask", item.parentTask());
            }
            if (item.objective() != null) {
                m.put("objective", item.objective());
            }
            list.add(m);
        }
        try {
            return MAPPER.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The context of an activity is stored in a column of {@value #CONTEXT_MAX} characters. */
    private static void tooLong(List<String> problems, String prefix, String field, String value) {
        if (value != null && value.length() > CONTEXT_MAX) {
            problems.add(Texts.get("plan.items.contextTooLong", prefix, field, value.length(), CONTEXT_MAX));
        }
    }

    /** An ISO date (typed in a form) or a deadline phrase as plans write it. */
    static Deadline deadline(DeadlineParser parser, String due) {
        try {
            LocalDate date = LocalDate.parse(due.trim());
            if (!DeadlineParser.plausibleYear(date.getYear())) {
                return Deadline.unknown(due);
            }
            return new Deadline(due, DeadlineKind.FIXED, List.of(date), false, null, java.util.Map.of());
        } catch (DateTimeParseException notIso) {
            return parser.parse(due);
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw PlanInputException.field("items", "plan.items.empty");
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!root.isArray()) {
                throw PlanInputException.field("items", "plan.items.notArray");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw PlanInputException.field("items", "plan.items.invalidJson", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr());
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText().trim();
    }

    private static String joined(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText().trim()));
            return String.join("; ", parts);
        }
        return value.asText().trim();
    }
}
