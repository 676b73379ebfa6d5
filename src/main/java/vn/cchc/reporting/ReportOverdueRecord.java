package vn.cchc.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.followup.FollowUpKind;
import vn.cchc.followup.StepOverdue;

/**
 * A periodic report's follow-up found it past due and not sent: the report is recorded as overdue (once), in the
 * follow-up's transaction. The e-mails are the follow-up's ("Quá hạn" and the ladder, template family {@code alert}).
 */
@Component
class ReportOverdueRecord {

    private static final Logger log = LoggerFactory.getLogger(ReportOverdueRecord.class);
    private final Reports reports;

    ReportOverdueRecord(Reports reports) {
        this.reports = reports;
    }

    @EventListener
    void on(StepOverdue overdue) {
        if (overdue.kind() == FollowUpKind.REPORT && overdue.ref() != null && reports.markOverdue(overdue.ref())) {
            log.warn("Periodic report {} is overdue: due {}, not sent to SNV", overdue.ref(), overdue.due());
        }
    }
}
