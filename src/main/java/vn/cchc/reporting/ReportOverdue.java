package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${reportOverdue}}: the agency's deadline passed and its head has not sent the report to SNV. Records the
 * report as overdue (once) and logs it. This is where the notification outbox's {@code Notifications.enqueue(...)}
 * belongs (recipient: the agency group and SNV; idempotency key: the report id + "overdue").
 */
@Component("reportOverdue")
class ReportOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ReportOverdue.class);

    private final Reports reports;

    ReportOverdue(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportId = (String) execution.getVariable(ReportVariables.REPORT_ID);
        if (reports.markOverdue(reportId)) {
            log.warn("Periodic report {} is overdue: due {}, not sent to SNV", reportId,
                    execution.getVariable(ReportVariables.DUE_DATE_TEXT));
        }
    }
}
