package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Deployment of an issued plan: one {@code planTask} per (item × lead agency × milestone), see
 * {@link PlanTaskStarter}. Runs as an asynchronous job in one transaction: a failure retries the whole deployment
 * and never leaves half of it. Each item's instances are started in their own command context inside that
 * transaction ({@link FreshCommandContext}), so the engine flushes item by item instead of all at once. Each agency
 * is then told of its new tasks in one mail ({@link WorkNotices}), in the same transaction.
 */
@Component("deployPlanTasks")
class PlanTaskDeployment implements JavaDelegate {

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final PlanTaskStarter starter;
    private final WorkNotices notices;

    PlanTaskDeployment(Plans plans, PlanItems items, Assignments assignments, PlanTaskStarter starter,
                       WorkNotices notices) {
        this.notices = notices;
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<Assignments.Assignment> started = new ArrayList<>();
        FreshCommandContext context = new FreshCommandContext(execution.getProcessEngine());
        List<PlanItem> planItems = items.findByPlan(plan.id());
        for (PlanItem item : planItems) {
            context.run(() -> started.addAll(starter.start(runtime, plan, item)));
        }
        assignments.insertAll(started);
        if (!Boolean.FALSE.equals(execution.getVariable(PlanVariables.NOTIFY_NEW_TASKS))) {
            notices.newTasks(plan, planItems, started);
        }
    }
}
