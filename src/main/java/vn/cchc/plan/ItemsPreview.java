package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;

/**
 * What {@link PlanAmendments#addItems} would do with a list of new items, without doing it: each entry under the
 * number it would get, its agencies by name, its due dates and the {@code planTask} instances it would start, and
 * every problem that would refuse it. {@code lastItemNo} is the plan's last item number when the preview was made;
 * confirming passes it back so that a plan changed in between is noticed.
 */
public record ItemsPreview(Plan plan, int lastItemNo, List<Row> rows, List<String> problems) {

    /**
     * One entry: {@code itemNo} the number it would get; {@code dues} its due dates, each {@code dd/MM/yyyy}
     * followed by " → dd/MM/yyyy" when the assignment's due date moves to a working day.
     */
    public record Row(int entryNo, int itemNo, String section, String stt, String task, String leadText,
                      List<String> leadNames, String coordinatorsText, List<String> coordinatorNames, String product,
                      String deadlineText, String deadlineKind, List<DueLine> dues, boolean needsDate,
                      int assignmentCount, List<String> problems) {
    }

    /** Due dates shared by some lead agencies ({@code agencies} empty: every lead agency). */
    public record DueLine(List<String> agencies, List<String> dates) {
    }

    /** True when nothing refuses the list: confirming adds exactly these rows. */
    public boolean canAdd() {
        return problems.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    public int assignmentCount() {
        return rows.stream().mapToInt(Row::assignmentCount).sum();
    }

    /** Every problem, those of the rows first. */
    public List<String> allProblems() {
        List<String> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.problems()));
        all.addAll(problems);
        return all;
    }

    static ItemsPreview of(Plan plan, int lastItemNo, ItemsJson.Checked checked, List<String> problems,
                           AgencyDirectory directory, UnaryOperator<LocalDate> effectiveDue) {
        List<Row> rows = new ArrayList<>();
        for (ItemsJson.Entry e : checked.entries()) {
            PlanItem item = e.item();
            rows.add(item == null
                    ? new Row(e.no(), lastItemNo + e.no(), null, null, e.task(), e.leadText(), List.of(),
                    e.coordinatorsText(), List.of(), null, null, null, List.of(), false, 0, e.problems())
                    : new Row(e.no(), lastItemNo + e.no(), item.section(), item.stt(), item.task(), item.leadText(),
                    names(directory, item.leadAgencies()), item.coordinatorsText(),
                    names(directory, item.coordinatorAgencies()), item.product(), item.deadlineText(),
                    item.deadlineKind().name(), dueLines(item, directory, effectiveDue), item.needsDate(),
                    assignments(item), e.problems()));
        }
        return new ItemsPreview(plan, lastItemNo, rows, List.copyOf(problems));
    }

    /** As {@link PlanTaskStarter#start(org.camunda.bpm.engine.RuntimeService, Plan, PlanItem)}: agency × milestone. */
    private static int assignments(PlanItem item) {
        return item.leadAgencies().stream().mapToInt(a -> item.duesOf(a).size()).sum();
    }

    private static List<DueLine> dueLines(PlanItem item, AgencyDirectory directory,
                                          UnaryOperator<LocalDate> effectiveDue) {
        if (item.dues().stream().allMatch(ItemDue::forEveryAgency)) {
            return List.of(new DueLine(List.of(), dates(item.dues(), effectiveDue)));
        }
        Map<List<String>, List<String>> byDates = new LinkedHashMap<>();
        for (String agencyId : item.leadAgencies()) {
            byDates.computeIfAbsent(dates(item.duesOf(agencyId), effectiveDue), k -> new ArrayList<>())
                    .add(name(directory, agencyId));
        }
        return byDates.entrySet().stream().map(e -> new DueLine(e.getValue(), e.getKey())).toList();
    }

    /** The days of some dues; empty when none has a date. */
    private static List<String> dates(List<ItemDue> dues, UnaryOperator<LocalDate> effectiveDue) {
        List<String> dates = new ArrayList<>();
        for (ItemDue due : dues) {
            if (due.dueDate() != null) {
                LocalDate effective = effectiveDue.apply(due.dueDate());
                dates.add(DueDates.format(due.dueDate())
                        + (effective.equals(due.dueDate()) ? "" : " → " + DueDates.format(effective)));
            }
        }
        return dates;
    }

    private static List<String> names(AgencyDirectory directory, List<String> ids) {
        return ids.stream().map(id -> name(directory, id)).toList();
    }

    private static String name(AgencyDirectory directory, String id) {
        return directory.byId(id).map(Agency::name).orElse(id);
    }
}
