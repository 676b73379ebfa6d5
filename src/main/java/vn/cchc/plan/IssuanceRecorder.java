package vn.cchc.plan;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * The approved plan is issued: the decision number (unique: it names the plan's assignments), date and signer are
 * recorded, and the year-end review is
 * scheduled after the annual data cut-off (14/12, Decree 09/2019/NĐ-CP).
 */
@Component("issuanceRecorder")
class IssuanceRecorder implements TaskListener {

    private final Plans plans;

    IssuanceRecorder(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String number = form.text(PlanVariables.DECISION_NUMBER, Plan.NUMBER_LENGTH);
        LocalDate date = form.date(PlanVariables.DECISION_DATE);
        String signer = form.text(PlanVariables.SIGNER, Plan.SIGNER_LENGTH);
        String planId = (String) task.getVariable(PlanVariables.PLAN_ID);
        Plan plan = plans.get(planId);
        if (date != null) {
            form.near(PlanVariables.DECISION_DATE, date, plan);
        }
        if (number != null) {
            plans.holderOfDecision(number, planId).ifPresent(other -> form.problem(
                    PlanVariables.DECISION_NUMBER, "plan.issuance.numberUsed", number, other));
        }
        form.check();
        plan.issue(number, date, signer);
        plans.update(plan);
        task.setVariable(PlanVariables.YEAR_END_AT, DueDates.endOfDayIso(LocalDate.of(plan.year(), 12, 14)));
    }
}
