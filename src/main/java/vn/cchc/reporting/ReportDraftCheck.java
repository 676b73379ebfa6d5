package vn.cchc.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException;
import vn.cchc.shared.UserInputException.Problem;

/**
 * {@code ${reportDraftCheck}} (complete of the official's task): the report needs its narrative and a progress text
 * for every recurring or ongoing item of the agency; the progress is stored with the report.
 */
@Component("reportDraftCheck")
class ReportDraftCheck implements TaskListener {

    private final Reports reports;
    private final WorkItems work;

    ReportDraftCheck(Reports reports, WorkItems work) {
        this.reports = reports;
        this.work = work;
    }

    @Override
    public void notify(DelegateTask task) {
        Report report = reports.find((String) task.getVariable(ReportVariables.REPORT_ID)).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        Object summary = task.getVariable(ReportVariables.REPORT_SUMMARY);
        if (summary == null || summary.toString().isBlank()) {
            problems.add(Problem.of(ReportVariables.REPORT_SUMMARY, "reporting.draft.summaryMissing"));
        }
        List<Integer> expected = work.ofAgency(report.planId(), report.agencyId()).stream()
                .filter(WorkItem::periodic).map(WorkItem::itemNo).toList();
        Object written = task.getVariable(ReportVariables.PROGRESS_TEXT);
        Map<Integer, String> progress = Map.of();
        try {
            progress = ProgressSections.parse(written == null ? "" : written.toString(), expected);
        } catch (PlanInputException e) {
            problems.addAll(e.details());
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(UserInputException.UNPROCESSABLE, problems);
        }
        reports.saveProgress(report.id(), progress);
    }
}
