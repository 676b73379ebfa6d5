package vn.cchc.plan;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * SNV submits the proposal (Tờ trình): its number and date are recorded on the plan, and the comments received so
 * far are summarised for the appraisers and the leader.
 */
@Component("submissionRecorder")
class SubmissionRecorder implements TaskListener {

    private final Plans plans;
    private final PlanComments comments;
    private final PlanSummaries summaries;

    SubmissionRecorder(Plans plans, PlanComments comments, PlanSummaries summaries) {
        this.plans = plans;
        this.comments = comments;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String number = form.text(PlanVariables.SUBMISSION_NUMBER, Plan.NUMBER_LENGTH);
        LocalDate date = form.date(PlanVariables.SUBMISSION_DATE);
        Plan plan = plans.get((String) task.getVariable(PlanVariables.PLAN_ID));
        if (date != null) {
            form.near(PlanVariables.SUBMISSION_DATE, date, plan);
        }
        form.check();
        plan.submit(number, date);
        plans.update(plan);
        task.setVariable(PlanVariables.SUBMISSION_DATE_TEXT, DueDates.format(date));
        task.setVariable(PlanVariables.COMMENTS_SUMMARY, summaries.comments(comments.of(plan.id()),
                (String) task.getVariable(PlanVariables.MISSING_COMMENTS)));
        task.setVariable(PlanVariables.NEEDS_LEGAL_APPRAISAL, form.flag(PlanVariables.NEEDS_LEGAL_APPRAISAL));
        task.removeVariable(PlanVariables.APPROVED);
    }
}
