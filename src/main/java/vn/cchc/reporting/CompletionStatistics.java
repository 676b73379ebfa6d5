package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.inspection.FindingCounts;
import vn.cchc.inspection.Findings;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Messages;

/** Completion statistics of a plan on a day, for the year-end review and the PAR Index self-assessment. */
@Component
public class CompletionStatistics {

    private final Plans plans;
    private final WorkItems work;
    private final Reports reports;
    private final Findings findings;
    private final AgencyDirectory directory;
    private final Messages messages;

    CompletionStatistics(Plans plans, WorkItems work, Reports reports, Findings findings, AgencyDirectory directory,
                         Messages messages) {
        this.messages = messages;
        this.plans = plans;
        this.work = work;
        this.reports = reports;
        this.findings = findings;
        this.directory = directory;
    }

    public YearEndSummary of(String planId, LocalDate day) {
        int year = plans.get(planId).year();
        List<WorkItem> items = work.ofPlan(planId);
        Map<String, List<WorkItem>> perArea = new LinkedHashMap<>();
        Map<String, List<WorkItem>> perAgency = new TreeMap<>();
        List<YearEndSummary.CarryOver> carryOver = new ArrayList<>();
        for (WorkItem item : items) {
            perArea.computeIfAbsent(item.area(), k -> new ArrayList<>()).add(item);
            perAgency.computeIfAbsent(item.agencyId(), k -> new ArrayList<>()).add(item);
            AssignmentStatus status = item.statusAt(day);
            if (WorkStatus.of(status) == WorkStatus.IN_PROGRESS || WorkStatus.of(status) == WorkStatus.OVERDUE) {
                carryOver.add(new YearEndSummary.CarryOver(item.itemNo(), item.area(), item.task(), item.agencyId(),
                        item.dueDate(), messages.get("followup.status." + status.name())));
            }
        }
        List<Report> planReports = reports.ofPlan(planId);
        Map<String, FindingCounts> found = findings.countsByAgency(year, day);
        List<YearEndSummary.AgencyRow> agencies = new ArrayList<>();
        perAgency.forEach((id, list) -> {
            List<Report> due = planReports.stream()
                    .filter(r -> r.agencyId().equals(id) && !r.dueDate().isAfter(day)).toList();
            agencies.add(new YearEndSummary.AgencyRow(id, directory.byId(id).map(Agency::name).orElse(id),
                    Tally.of(list, day), due.size(), (int) due.stream().filter(Report::submittedOnTime).count(),
                    found.getOrDefault(id, FindingCounts.NONE),
                    directory.byId(id).map(Agency::agencyClass).orElse(AgencyClass.OTHER)));
        });
        List<YearEndSummary.Row> areas = perArea.entrySet().stream()
                .map(e -> new YearEndSummary.Row(e.getKey(), Tally.of(e.getValue(), day))).toList();
        return new YearEndSummary(planId, day, Tally.of(items, day), areas, agencies, carryOver);
    }
}
