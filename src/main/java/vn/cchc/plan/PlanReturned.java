package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A reviewer or the leader sent the plan back: it is a draft again, and its drafters are told why. */
@Component("planReturned")
class PlanReturned implements ExecutionListener {

    private final Plans plans;
    private final WorkNotices notices;

    PlanReturned(Plans plans, WorkNotices notices) {
        this.plans = plans;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        plan.returnToDraft();
        plans.update(plan);
        String history = (String) execution.getVariable(PlanVariables.RETURN_HISTORY);
        int round = history == null || history.isBlank() ? 0 : history.split("\n").length;
        notices.planReturned(plan.id(), plan.title(), (String) execution.getVariable(PlanVariables.RETURNED_BY),
                String.valueOf(execution.getVariable(PlanVariables.COMMENT)), round);
    }
}
