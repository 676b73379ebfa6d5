package vn.cchc.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${inspectionFormCheck}} (complete of the inspection's form steps): hands the form to the step that checks
 * and records it. A listener bean rather than a method expression, so a refusal reaches Tasklist as the plain
 * Vietnamese message, as for the plan's steps.
 */
@Component("inspectionFormCheck")
class InspectionFormCheck implements TaskListener {

    private final InspectionSteps inspection;
    private final RemediationSteps remediation;

    InspectionFormCheck(InspectionSteps inspection, RemediationSteps remediation) {
        this.inspection = inspection;
        this.remediation = remediation;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "draftInspectionPlan" -> inspection.planDrafted(task);
            case "sendNotice" -> inspection.noticeSent(task);
            case "recordVisit" -> inspection.visitRecorded(task);
            case "concludeInspection" -> inspection.concluded(task);
            case "remedyFinding" -> remediation.reported(task);
            default -> throw new IllegalStateException("no form check for " + task.getTaskDefinitionKey());
        }
    }
}
