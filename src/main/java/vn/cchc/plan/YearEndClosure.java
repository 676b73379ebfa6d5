package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** SNV finished the year-end review: the plan is closed. */
@Component("yearEndClosure")
class YearEndClosure implements ExecutionListener {

    private final Plans plans;

    YearEndClosure(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        plan.close();
        plans.update(plan);
    }
}
