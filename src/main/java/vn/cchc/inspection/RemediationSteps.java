package vn.cchc.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/**
 * {@code ${remediationSteps.…}}: one finding's remediation: the agency reports its remedy, SNV closes the finding
 * or returns it. A finding is remedied late when the remedy SNV accepted was reported after its due day.
 */
@Component("remediationSteps")
public class RemediationSteps {

    private final Findings findings;

    RemediationSteps(Findings findings) {
        this.findings = findings;
    }

    public void setup(DelegateExecution execution) {
        Finding finding = findings.get((String) execution.getVariable(InspectionVariables.FINDING_ID));
        execution.setVariable(InspectionVariables.FINDING_TEXT, finding.content());
        execution.setVariable(InspectionVariables.FINDING_DUE_AT, DueDates.endOfDay(finding.dueDate()));
        execution.setVariable(InspectionVariables.FINDING_DUE_TEXT, DueDates.format(finding.dueDate()));
    }

    public void reported(DelegateTask task) {
        Object remedy = task.getVariable(InspectionVariables.REMEDY);
        if (remedy == null || remedy.toString().isBlank()) {
            throw PlanInputException.field(InspectionVariables.REMEDY, "inspection.form.missing",
                    Texts.get("inspection.field.remedy"));
        }
        findings.remedyReported((String) task.getVariable(InspectionVariables.FINDING_ID), remedy.toString().strip(),
                VietnamTime.now());
    }

    public void reopened(DelegateExecution execution) {
        findings.reopened((String) execution.getVariable(InspectionVariables.FINDING_ID));
    }

    public void closed(DelegateExecution execution) {
        findings.closed((String) execution.getVariable(InspectionVariables.FINDING_ID), VietnamTime.now());
    }
}
