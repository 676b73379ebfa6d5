package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.inspection.FindingCounts;
import vn.cchc.inspection.Findings;
import vn.cchc.plan.Plans;
import vn.cchc.shared.CchcProperties;

/** Builds the {@link ProvinceSummary} of a plan's period from the assignments, the reports and the findings. */
@Component
public class ProvinceSummaries {

    private final Plans plans;
    private final WorkItems work;
    private final Reports reports;
    private final Findings findings;
    private final ReportingCalendar calendar;
    private final AgencyDirectory directory;
    private final CchcProperties properties;

    ProvinceSummaries(Plans plans, WorkItems work, Reports reports, Findings findings, ReportingCalendar calendar,
                      AgencyDirectory directory, CchcProperties properties) {
        this.plans = plans;
        this.work = work;
        this.reports = reports;
        this.findings = findings;
        this.calendar = calendar;
        this.directory = directory;
        this.properties = properties;
    }

    public ProvinceSummary build(String planId, ReportPeriod period, int year, LocalDate compiledOn) {
        ReportingWindow window = calendar.window(period, year);
        LocalDate day = window.cutOffTo();
        List<WorkItem> items = work.ofPlan(planId);
        Map<String, Report> byAgency = reports.ofPeriod(planId, period).stream()
                .collect(Collectors.toMap(Report::agencyId, Function.identity()));
        Map<String, FindingCounts> found = findings.countsByAgency(year, day);

        Map<String, List<WorkItem>> perArea = new LinkedHashMap<>();
        Map<String, List<WorkItem>> perAgency = new LinkedHashMap<>();
        for (WorkItem item : items) {
            perArea.computeIfAbsent(item.area(), k -> new ArrayList<>()).add(item);
            perAgency.computeIfAbsent(item.agencyId(), k -> new ArrayList<>()).add(item);
        }
        List<ProvinceSummary.AreaRow> areas = perArea.entrySet().stream()
                .map(e -> new ProvinceSummary.AreaRow(e.getKey(), Tally.of(e.getValue(), day))).toList();
        List<ProvinceSummary.AgencyRow> agencies = perAgency.keySet().stream().sorted()
                .map(id -> new ProvinceSummary.AgencyRow(id, name(id), Tally.of(perAgency.get(id), day),
                        byAgency.get(id), found.getOrDefault(id, FindingCounts.NONE), agencyClass(id)))
                .toList();
        return new ProvinceSummary(properties.province(), plans.get(planId).title(), window, compiledOn, areas,
                agencies, Tally.of(items, day));
    }

    private AgencyClass agencyClass(String agencyId) {
        return directory.byId(agencyId).map(Agency::agencyClass).orElse(AgencyClass.OTHER);
    }

    private String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }
}
