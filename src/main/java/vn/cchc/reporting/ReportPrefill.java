package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.inspection.FindingCounts;
import vn.cchc.inspection.Findings;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Messages;

/**
 * {@code ${reportPrefill}}: when the cut-off has passed, fills the agency's report with its assignments and their
 * status at the end of the cut-off, its inspection findings, and one progress section per recurring or ongoing item.
 */
@Component("reportPrefill")
class ReportPrefill implements JavaDelegate {

    private final WorkItems work;
    private final Reports reports;
    private final Findings findings;
    private final ReportTemplates templates;
    private final Messages messages;

    ReportPrefill(WorkItems work, Reports reports, Findings findings, ReportTemplates templates, Messages messages) {
        this.work = work;
        this.reports = reports;
        this.findings = findings;
        this.templates = templates;
        this.messages = messages;
    }

    record Row(int itemNo, String task, String due, String status) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportId = (String) execution.getVariable(ReportVariables.REPORT_ID);
        Report report = reports.find(reportId)
                .orElseThrow(() -> new IllegalStateException("report " + reportId + " is not registered"));
        LocalDate cutOff = report.period().cutOffTo(report.year());
        List<WorkItem> items = work.ofAgency(report.planId(), report.agencyId());
        Tally tally = Tally.of(items, cutOff);
        reports.open(reportId, tally);

        Map<String, Object> data = new HashMap<>();
        data.put("cutOff", (String) execution.getVariable(ReportVariables.CUT_OFF_TEXT));
        data.put("tally", tally);
        FindingCounts counts = findings.countsByAgency(report.year(), cutOff).get(report.agencyId());
        data.put("findings", counts);
        data.put("rows", items.stream().map(w -> new Row(w.itemNo(), w.task(),
                w.dueDate() == null ? messages.get("reporting.prefill.noDueDate") : DueDates.format(w.dueDate()), messages.get("followup.status." + w.statusAt(cutOff).name())))
                .toList());
        execution.setVariable(ReportVariables.WORK_SUMMARY, templates.render("agency-work", data));
        List<WorkItem> periodic = items.stream().filter(WorkItem::periodic).toList();
        execution.setVariable(ReportVariables.PROGRESS_TEXT, ProgressSections.template(periodic));
        execution.setVariable("hasPeriodicItems", !periodic.isEmpty());
    }
}
