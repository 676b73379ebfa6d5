package vn.cchc.reporting.par;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${parOverdue}}: a self-assessment or an appraisal passed its due date. Logs it; this is where the
 * notification outbox's {@code Notifications.enqueue(...)} belongs (recipient: the agency or the appraising
 * department, and SNV; idempotency key: business key + activity id).
 */
@Component("parOverdue")
class ParOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ParOverdue.class);

    @Override
    public void execute(DelegateExecution execution) {
        log.warn("PAR Index step overdue: {} ({})", execution.getProcessBusinessKey(), execution.getCurrentActivityId());
    }
}
