package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * Compiles the {@link ProvinceNarrative} of a period from the agencies' own reports: each agency's progress on its
 * recurring and ongoing items goes under the reform area of the item, attributed to the agency; its report's
 * narrative goes under the area where most of its assignments lie (under direction and organisation when none is a
 * reform area). Assessment, next tasks and proposals start from the statistics and the fixed wording of
 * {@code province-report.properties}, for SNV to complete.
 */
@Component
class ProvinceNarratives {

    private final WorkItems work;
    private final Reports reports;

    ProvinceNarratives(WorkItems work, Reports reports) {
        this.work = work;
        this.reports = reports;
    }

    ProvinceNarrative compile(String planId, ProvinceSummary s) {
        List<WorkItem> items = work.ofPlan(planId);
        Map<Integer, String> tasks = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> areasOfAgency = new LinkedHashMap<>();
        Map<Integer, Integer> areaOfItem = new LinkedHashMap<>();
        for (WorkItem w : items) {
            tasks.putIfAbsent(w.itemNo(), w.task());
            int area = ReformAreas.of(w.area());
            areaOfItem.put(w.itemNo(), area);
            areasOfAgency.computeIfAbsent(w.agencyId(), k -> new LinkedHashMap<>()).merge(area, 1, Integer::sum);
        }
        List<StringBuilder> areaTexts = new ArrayList<>();
        for (int i = 0; i <= ReformAreas.COUNT; i++) {
            areaTexts.add(new StringBuilder());
        }
        for (ProvinceSummary.AgencyRow a : s.agencies()) {
            if (a.report() == null || !a.report().submitted()) {
                continue;
            }
            String summary = reports.summaryText(a.report().id());
            if (summary != null && !summary.isBlank()) {
                line(areaTexts.get(home(areasOfAgency.get(a.agencyId()))), a.name(), oneParagraph(summary));
            }
            reports.progress(a.report().id()).forEach((itemNo, progress) -> line(
                    areaTexts.get(areaOfItem.getOrDefault(itemNo, 0)), a.name(),
                    get("narrative.progress", itemNo, shortTask(tasks.get(itemNo)), oneParagraph(progress))));
        }
        List<String> areas = new ArrayList<>();
        for (int i = 1; i <= ReformAreas.COUNT; i++) {
            areas.add(areaTexts.get(i).isEmpty() ? get("narrative.area.none") : areaTexts.get(i).toString().strip());
        }
        return new ProvinceNarrative(direction(s, areaTexts.get(0)), areas, strengths(s), shortcomings(s),
                get("narrative.causes"), nextTasks(s, items), get("narrative.proposals"));
    }

    private static String direction(ProvinceSummary s, StringBuilder agencyText) {
        StringBuilder text = new StringBuilder();
        text.append(get("narrative.direction.plan", s.planTitle(), s.agencies().size())).append('\n');
        int expected = s.submitted().size() + s.missing().size();
        text.append(get("submission.counts", s.submitted().size(), expected, s.submittedOnTime(),
                s.submitted().size() - s.submittedOnTime())).append(' ');
        List<String> missing = s.missing().stream().map(ProvinceSummary.AgencyRow::name).toList();
        text.append(missing.isEmpty() ? get("submission.none.missing")
                : get("submission.missing", String.join("; ", missing))).append('\n');
        int open = 0;
        int onTime = 0;
        int late = 0;
        for (ProvinceSummary.AgencyRow a : s.withFindings()) {
            open += a.findings().open();
            onTime += a.findings().remediedOnTime();
            late += a.findings().remediedLate();
        }
        text.append(s.withFindings().isEmpty() ? get("inspection.none")
                : get("narrative.inspection", s.withFindings().size(), onTime + late, late, open)).append('\n');
        text.append(agencyText);
        return text.toString().strip();
    }

    private static String strengths(ProvinceSummary s) {
        Tally t = s.total();
        int expected = s.submitted().size() + s.missing().size();
        return get("narrative.strengths", t.onTime() + t.late(), t.total(), t.onTime(), t.percent(t.onTime()),
                s.submittedOnTime(), expected);
    }

    private static String shortcomings(ProvinceSummary s) {
        List<String> lines = new ArrayList<>();
        String overdue = s.agencies().stream().filter(a -> a.tally().overdue() > 0)
                .map(a -> a.name() + " (" + a.tally().overdue() + ")").collect(Collectors.joining("; "));
        if (!overdue.isEmpty()) {
            lines.add(get("narrative.shortcomings.overdue", s.total().overdue(), overdue));
        }
        String late = s.submitted().stream().filter(a -> !a.report().submittedOnTime()).map(ProvinceSummary.AgencyRow::name)
                .collect(Collectors.joining("; "));
        if (!late.isEmpty()) {
            lines.add(get("narrative.shortcomings.lateReports", late));
        }
        if (!s.missing().isEmpty()) {
            lines.add(get("narrative.shortcomings.missing", s.missing().stream().map(ProvinceSummary.AgencyRow::name)
                    .collect(Collectors.joining("; "))));
        }
        return lines.isEmpty() ? get("narrative.shortcomings.none") : String.join("\n", lines);
    }

    private static String nextTasks(ProvinceSummary s, List<WorkItem> items) {
        LocalDate from = s.window().cutOffTo();
        LocalDate to = from.plusMonths(3);
        Map<String, String> names = new LinkedHashMap<>();
        s.agencies().forEach(a -> names.put(a.agencyId(), a.name()));
        List<String> lines = new ArrayList<>();
        lines.add(get("narrative.next.lead"));
        for (WorkItem w : items) {
            boolean overdue = w.statusOn(from) == WorkStatus.OVERDUE && w.watchedOn(from).isPresent();
            boolean comingDue = w.dueDate() != null && w.dueDate().isAfter(from) && !w.dueDate().isAfter(to)
                    && !w.done();
            if (overdue || comingDue) {
                lines.add(get(overdue ? "narrative.next.overdue" : "narrative.next.due", w.itemNo(),
                        shortTask(w.task()), names.getOrDefault(w.agencyId(), w.agencyId()),
                        DueDates.format(overdue ? w.watchedOn(from).get() : w.dueDate())));
            }
        }
        lines.add(get("narrative.next.ongoing"));
        return String.join("\n", lines);
    }

    /** The area most of an agency's assignments are in; 0 (direction) when it has none in a reform area. */
    private static int home(Map<Integer, Integer> counts) {
        if (counts == null) {
            return 0;
        }
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getKey() > 0 && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static void line(StringBuilder text, String agency, String value) {
        text.append(agency).append(": ").append(value).append('\n');
    }

    private static String oneParagraph(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String shortTask(String task) {
        String t = task == null ? "" : task.replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
    }
}
