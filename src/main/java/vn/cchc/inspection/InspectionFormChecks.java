package vn.cchc.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete listeners of the inspection's form steps, one bean per step, named in the BPMN
 * ({@code delegateExpression="${inspectionPlanDrafted}"}, ...): the diagram says which check runs, so a task renamed
 * or copied in Modeler keeps its check. Listener beans rather than method expressions, so a refusal reaches Tasklist
 * as the plain Vietnamese message (the engine wraps an exception thrown from a method expression in its own text).
 */
@Configuration(proxyBeanMethods = false)
class InspectionFormChecks {

    @Bean
    TaskListener inspectionPlanDrafted(InspectionSteps inspection) {
        return inspection::planDrafted;
    }

    @Bean
    TaskListener inspectionNoticeSent(InspectionSteps inspection) {
        return inspection::noticeSent;
    }

    @Bean
    TaskListener inspectionVisitRecorded(InspectionSteps inspection) {
        return inspection::visitRecorded;
    }

    @Bean
    TaskListener inspectionConcluded(InspectionSteps inspection) {
        return inspection::concluded;
    }

    @Bean
    TaskListener findingRemedyReported(RemediationSteps remediation) {
        return remediation::reported;
    }

    /**
     * {@code ${inspectionFormCheck}}: the one listener of every form step in the inspection diagrams deployed before
     * the steps had their own (version 1 of {@code inspection}, {@code inspectionVisit}, {@code remediation}); kept so
     * that inspections started then can be completed. New versions do not use it.
     */
    @Bean
    TaskListener inspectionFormCheck(InspectionSteps inspection, RemediationSteps remediation) {
        return (DelegateTask task) -> {
            switch (task.getTaskDefinitionKey()) {
                case "draftInspectionPlan" -> inspection.planDrafted(task);
                case "sendNotice" -> inspection.noticeSent(task);
                case "recordVisit" -> inspection.visitRecorded(task);
                case "concludeInspection" -> inspection.concluded(task);
                case "remedyFinding" -> remediation.reported(task);
                default -> throw new IllegalStateException("no form check for " + task.getTaskDefinitionKey());
            }
        };
    }
}
