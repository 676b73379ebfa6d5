package vn.cchc.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.plan.ItemDue;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanItem;
import vn.cchc.shared.Texts;

/**
 * What an import would write, for the SNV specialist to check before confirming: the rows with their agencies and
 * due dates, the problems, the agency phrases still unresolved (row and column) and the failures that refuse it.
 */
public record ImportPreview(Plan plan, String fileName, ImportResult result, List<Row> rows,
                            List<Unresolved> unresolved, List<String> failures, Integer appendixYear) {

    /**
     * True when the appendix's title names a year other than the plan's (a 2024 appendix chosen for the 2027
     * draft): the deadlines are read in the plan's year, so SNV is warned before confirming.
     */
    public boolean yearDiffers() {
        return appendixYear != null && appendixYear != plan.year();
    }

    /**
     * One agency phrase that names no known agency, where it was found; for a class with no member any more ("UBND
     * cấp huyện" after 1 July 2025) why, and the agencies the directory suggests (preselected for SNV to confirm).
     */
    public record Unresolved(String phrase, List<String> places, String problem, List<String> suggested) {
        public Unresolved(String phrase, List<String> places) {
            this(phrase, places, null, List.of());
        }
    }

    /** Due dates shared by some lead agencies ({@code agencies} empty: every lead agency). */
    public record DueLine(List<String> agencies, List<LocalDate> dates) {
        public boolean dated() {
            return !dates.isEmpty() && dates.stream().allMatch(Objects::nonNull);
        }
    }

    /**
     * {@code dateToConfirm}: the phrase has a date before the plan year, withheld until SNV confirms it;
     * {@code objective}, {@code parentTask}: a wide table's "Mục tiêu" and "Nhiệm vụ" of the activity (else empty).
     */
    public record Row(int sourceRow, String section, String stt, String task, List<String> lead,
                      List<String> leadAgencies, List<String> coordinators, List<String> coordinatorAgencies,
                      String product, String deadlineText, String deadlineKind, List<DueLine> dues,
                      boolean needsDate, boolean dateToConfirm, List<String> problems, String objective,
                      String parentTask) {
    }

    public boolean canImport() {
        return failures.isEmpty();
    }

    public int assignmentCount() {
        return rows.stream().mapToInt(r -> r.leadAgencies().size()).sum();
    }

    /** {@code appendixYear}: the year the appendix's title names, null when it names none. */
    static ImportPreview of(Plan plan, String fileName, ImportResult result, List<PlanItem> items,
                            AgencyResolver resolver, Integer appendixYear) {
        AgencyDirectory directory = resolver.directory();
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> unresolved = new LinkedHashMap<>();
        Map<String, vn.cchc.agency.Resolution.EmptyClass> emptyClasses = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            AppendixRow in = result.items().get(i);
            PlanItem item = items.get(i);
            collect(unresolved, emptyClasses, resolver, String.join("; ", in.lead()), in.sourceRow(),
                    Column.LEAD.label());
            collect(unresolved, emptyClasses, resolver, String.join("; ", in.coordinators()), in.sourceRow(),
                    Column.COORDINATORS.label());
            rows.add(new Row(in.sourceRow(), in.section(), in.stt(), in.task(), in.lead(),
                    names(directory, in.leadAgencies()), in.coordinators(), names(directory, in.coordinatorAgencies()),
                    in.product(), in.deadlineText(), in.deadline().kind().name(), dueLines(item, directory),
                    item.needsDate(), in.deadline().suspicious(), in.problems(), in.objective(), in.parentTask()));
        }
        List<Unresolved> phrases = unresolved.entrySet().stream()
                .map(e -> {
                    var empty = emptyClasses.get(e.getKey());
                    return empty == null ? new Unresolved(e.getKey(), e.getValue())
                            : new Unresolved(e.getKey(), e.getValue(), empty.problem(), empty.suggestedIds());
                }).toList();
        return new ImportPreview(plan, fileName, result, rows, phrases, RowLimits.failures(result.items()),
                appendixYear);
    }

    private static void collect(Map<String, List<String>> unresolved,
                                Map<String, vn.cchc.agency.Resolution.EmptyClass> emptyClasses, AgencyResolver resolver,
                                String text, int row, String column) {
        if (!text.isBlank()) {
            vn.cchc.agency.Resolution resolution = resolver.resolve(text);
            resolution.unresolved().forEach(p -> {
                unresolved.computeIfAbsent(p, k -> new ArrayList<>()).add(Texts.get("importer.preview.where", row, column));
                resolution.emptyClass(p).ifPresent(e -> emptyClasses.putIfAbsent(p, e));
            });
        }
    }

    private static List<DueLine> dueLines(PlanItem item, AgencyDirectory directory) {
        Map<List<LocalDate>, List<String>> byDates = new LinkedHashMap<>();
        boolean perAgency = item.dues().stream().anyMatch(d -> !d.forEveryAgency());
        if (!perAgency) {
            return List.of(new DueLine(List.of(), dates(item.dues())));
        }
        for (String agencyId : item.leadAgencies()) {
            byDates.computeIfAbsent(dates(item.duesOf(agencyId)), k -> new ArrayList<>())
                    .add(directory.byId(agencyId).map(a -> a.name()).orElse(agencyId));
        }
        return byDates.entrySet().stream().map(e -> new DueLine(e.getValue(), e.getKey())).toList();
    }

    private static List<LocalDate> dates(List<ItemDue> dues) {
        List<LocalDate> dates = new ArrayList<>();
        dues.forEach(d -> dates.add(d.dueDate()));
        return dates.stream().allMatch(Objects::isNull) ? List.of() : dates;
    }

    private static List<String> names(AgencyDirectory directory, List<String> ids) {
        return ids.stream().map(id -> directory.byId(id).map(a -> a.name()).orElse(id)).toList();
    }
}
