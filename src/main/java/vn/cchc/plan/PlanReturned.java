package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A reviewer or the leader sent the plan back: it is a draft again. */
@Component("planReturned")
class PlanReturned implements ExecutionListener {

    private final Plans plans;

    PlanReturned(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        plan.returnToDraft();
        plans.update(plan);
    }
}
