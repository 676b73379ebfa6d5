package vn.cchc.reporting;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.followup.OverdueKind;
import vn.cchc.followup.OverdueNotice;
import vn.cchc.followup.OverdueNotices;

/**
 * {@code ${reportOverdue}}: the agency's deadline passed and its head has not sent the report to SNV. Records the
 * report as overdue (once) and, in the same transaction, tells the agency and SNV through the notification outbox.
 * A report is overdue once, whichever of its tasks (drafting or approval) the deadline catches, so the step in the
 * idempotency key is {@code report}, not the activity.
 */
@Component("reportOverdue")
class ReportOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ReportOverdue.class);

    private final Reports reports;
    private final OverdueNotices notices;

    ReportOverdue(Reports reports, OverdueNotices notices) {
        this.reports = reports;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportId = (String) execution.getVariable(ReportVariables.REPORT_ID);
        if (!reports.markOverdue(reportId)) {
            return;
        }
        log.warn("Periodic report {} is overdue: due {}, not sent to SNV", reportId,
                execution.getVariable(ReportVariables.DUE_DATE_TEXT));
        Task open = OverdueNotices.openTask(execution, "approveReport");
        open = open != null ? open : OverdueNotices.openTask(execution, "prepareReport");
        notices.notify(new OverdueNotice(OverdueKind.REPORT, OverdueKind.Audience.AGENCY_AND_SNV,
                execution.getProcessBusinessKey(), "report",
                (String) execution.getVariable(ReportVariables.AGENCY_ID),
                (String) execution.getVariable(ReportVariables.PLAN_ID),
                OverdueNotices.day(execution.getVariable(ReportVariables.DUE_AT)), open == null ? null : open.getId(),
                Map.of("periodTitle", String.valueOf(execution.getVariable(ReportVariables.PERIOD_TITLE)),
                        "waitingForHead", open != null && "approveReport".equals(open.getTaskDefinitionKey()))));
    }
}
