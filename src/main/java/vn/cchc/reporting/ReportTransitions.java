package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.cchc.shared.VietnamTime;

/**
 * {@code ${reportTransitions.…(execution)}}: execution-listener expressions that record where an agency's report
 * stands: sent to SNV by the head, returned by SNV, accepted by SNV.
 */
@Component("reportTransitions")
public class ReportTransitions {

    private final Reports reports;

    ReportTransitions(Reports reports) {
        this.reports = reports;
    }

    public void sent(DelegateExecution execution) {
        Object summary = execution.getVariable(ReportVariables.REPORT_SUMMARY);
        reports.sent(reportId(execution), summary == null ? null : summary.toString(), VietnamTime.now());
    }

    public void returned(DelegateExecution execution) {
        reports.returned(reportId(execution));
    }

    public void accepted(DelegateExecution execution) {
        reports.accepted(reportId(execution), VietnamTime.now());
    }

    private static String reportId(DelegateExecution execution) {
        return (String) execution.getVariable(ReportVariables.REPORT_ID);
    }
}
