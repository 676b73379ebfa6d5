package vn.cchc.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${inspectionOverdue}}: a self-report, a conclusion or a remediation passed its due date. Lateness itself is
 * recorded by the dates (a finding's remedy time against its due day); this step logs it and is where the
 * notification outbox's {@code Notifications.enqueue(...)} belongs (recipient: the agency, or SNV for a conclusion;
 * idempotency key: business key + activity id).
 */
@Component("inspectionOverdue")
class InspectionOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(InspectionOverdue.class);

    @Override
    public void execute(DelegateExecution execution) {
        log.warn("Inspection step overdue: {} ({}), agency {}", execution.getProcessBusinessKey(),
                execution.getCurrentActivityId(), execution.getVariable(InspectionVariables.AGENCY_ID));
    }
}
