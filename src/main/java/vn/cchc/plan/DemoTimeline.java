package vn.cchc.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.deadline.WorkingCalendar;

/**
 * The dates of this year's demo plan relative to the day the demo starts ({@code config/demo/sample-plan-dates.json}),
 * so that a demo started on any date has overdue, due-soon and done tasks and one reminder at once, instead of a plan
 * whose deadlines lie months in the past (a flood of overdue mail) or months ahead (nothing to see). Pure: the same
 * day gives the same dates.
 *
 * @param issuedDaysAgo calendar days between the plan's decision and the start of the demo
 * @param items         the items whose deadline is replaced, by item number (1-based, as in sample-plan.json)
 */
public record DemoTimeline(int issuedDaysAgo, List<ItemDate> items) {

    /** {@code demo} value: the agency's result is recorded and accepted when the demo starts. */
    public static final String DONE = "done";
    /** {@code demo} value: due a few working days ahead, its first reminder brought forward to just after start. */
    public static final String REMINDER_NOW = "reminder-now";
    /** Working days between the next working day (when the first reminder would fire) and the showcase's due day. */
    static final int REMINDER_NOW_DAYS_BEFORE_DUE = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public DemoTimeline {
        items = List.copyOf(items);
    }

    /** @param item 1-based item number; @param workingDays from the demo's first day; @param demo null, done or reminder-now */
    public record ItemDate(int item, int workingDays, String demo) {
    }

    public static DemoTimeline load(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            List<ItemDate> items = new ArrayList<>();
            for (JsonNode n : root.path("items")) {
                items.add(new ItemDate(n.path("item").asInt(), n.path("workingDays").asInt(0),
                        n.hasNonNull("demo") ? n.get("demo").asText() : null));
            }
            return new DemoTimeline(root.path("issuedDaysAgo").asInt(21), items);
        } catch (IOException e) {
            throw new UncheckedIOException("demo dates not readable: " + file, e);
        }
    }

    /** The due day of an item, from the demo's first day, or empty when the item keeps its written deadline. */
    public Optional<LocalDate> due(int item, LocalDate today, WorkingCalendar calendar) {
        return find(item).map(d -> REMINDER_NOW.equals(d.demo())
                ? calendar.plusWorkingDays(calendar.plusWorkingDays(today, 1), REMINDER_NOW_DAYS_BEFORE_DUE)
                : calendar.plusWorkingDays(today, d.workingDays()));
    }

    /** Item numbers with the given {@code demo} value. */
    public List<Integer> itemsMarked(String demo) {
        return items.stream().filter(d -> demo.equals(d.demo())).map(ItemDate::item).toList();
    }

    /**
     * The plan's items (JSON array) with each listed item's {@code due} replaced by "Trước ngày <day after>" — the
     * way plans write a fixed date, which the deadline parser turns back into that due day.
     */
    public String apply(String itemsJson, LocalDate today, WorkingCalendar calendar) {
        try {
            ArrayNode items = (ArrayNode) JSON.readTree(itemsJson);
            for (int i = 0; i < items.size(); i++) {
                int number = i + 1;
                ObjectNode item = (ObjectNode) items.get(i);
                due(number, today, calendar).ifPresent(d -> item.put("due", "Trước ngày " + d.plusDays(1).format(DAY)));
            }
            return JSON.writeValueAsString(items);
        } catch (IOException e) {
            throw new UncheckedIOException("demo items are not a JSON array", e);
        }
    }

    /** The plan's decision day. */
    public LocalDate issued(LocalDate today) {
        return today.minusDays(issuedDaysAgo);
    }

    private Optional<ItemDate> find(int item) {
        return items.stream().filter(d -> d.item() == item).findFirst();
    }
}
