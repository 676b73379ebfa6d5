package vn.cchc.plan;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** SNV submits the proposal (Tờ trình): its number and date are recorded on the plan. */
@Component("submissionRecorder")
class SubmissionRecorder implements TaskListener {

    private final Plans plans;

    SubmissionRecorder(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String number = form.text(PlanVariables.SUBMISSION_NUMBER, "Số Tờ trình");
        LocalDate date = form.date(PlanVariables.SUBMISSION_DATE, "Ngày Tờ trình");
        form.check();
        Plan plan = plans.get((String) task.getVariable(PlanVariables.PLAN_ID));
        plan.submit(number, date);
        plans.update(plan);
        task.setVariable(PlanVariables.NEEDS_LEGAL_APPRAISAL, form.flag(PlanVariables.NEEDS_LEGAL_APPRAISAL));
        task.removeVariable(PlanVariables.APPROVED);
    }
}
