package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The leader approved the plan. */
@Component("planApproved")
class PlanApproved implements ExecutionListener {

    private final Plans plans;

    PlanApproved(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        plan.approve();
        plans.update(plan);
    }
}
