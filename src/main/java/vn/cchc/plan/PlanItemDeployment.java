package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deployment of one item of an issued plan: its {@code planTask} instances, one per (lead agency × milestone), see
 * {@link PlanTaskStarter}, and their assignment rows, in the job of that item. The plan lifecycle's step "Giao nhiệm
 * vụ đến các cơ quan" is a parallel multi-instance sub-process over the plan's items (bpmn/plan-lifecycle.bpmn): each
 * item is an asynchronous, non-exclusive job of high priority, so the job executor's threads deploy several items at
 * once and take them before the follow-up jobs the deployed items release; each item then ends in a short job of
 * its own ("Nội dung đã được giao") that counts it done on the multi-instance. Two items ending at the same moment
 * collide on that count: one of the two short jobs fails with an {@code OptimisticLockingException} (a WARN
 * {@code ENGINE-14006}) and runs again, its retries untouched; the item's own work, in the job before, is not
 * redone. Made exclusive, these jobs would not collide, but the engine runs exclusive jobs of one process instance
 * one acquisition at a time, which kept a province's plan from its mails half a minute longer (docs/benchmarks.md,
 * "Latency").
 * <p>
 * A failing item fails its own job only: the items already deployed stay with their agencies, the job is retried
 * (and becomes an incident after its retries), the plan's new-task mails wait until every item is deployed. An item
 * whose assignments exist is not deployed again (a job run twice, e.g. taken over by another node after its lock
 * expired): the assignment id, the business key, is the primary key, so two runs cannot both commit it.
 */
@Component("deployPlanItem")
class PlanItemDeployment implements JavaDelegate {

    /** The multi-instance's element variable: the item this instance deploys. */
    static final String ITEM_NO = "deploymentItemNo";

    private static final Logger LOG = LoggerFactory.getLogger(PlanItemDeployment.class);

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final PlanTaskStarter starter;

    PlanItemDeployment(Plans plans, PlanItems items, Assignments assignments, PlanTaskStarter starter) {
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String planId = (String) execution.getVariable(PlanVariables.PLAN_ID);
        int itemNo = ((Number) execution.getVariable(ITEM_NO)).intValue();
        if (assignments.itemDeployed(planId, itemNo)) {
            LOG.info("Plan {} item {} is already deployed", planId, itemNo);
            return;
        }
        Plan plan = plans.get(planId);
        PlanItem item = items.find(planId, itemNo)
                .orElseThrow(() -> new IllegalStateException("plan " + planId + " has no item " + itemNo));
        // a fresh command context joining the job's transaction: the engine flushes this item's instances on
        // their own rather than with the job's (FreshCommandContext)
        List<Assignments.Assignment> started = new ArrayList<>();
        new FreshCommandContext(execution.getProcessEngine())
                .run(() -> started.addAll(starter.start(execution.getProcessEngineServices().getRuntimeService(),
                        plan, item)));
        assignments.insertAll(started);
    }

    /** The items the deployment runs over (the multi-instance's collection), in order. */
    @Component("deploymentItems")
    public static class Items {

        private final PlanItems items;

        Items(PlanItems items) {
            this.items = items;
        }

        public List<Integer> of(String planId) {
            return items.findByPlan(planId).stream().map(PlanItem::itemNo).toList();
        }
    }

    /**
     * Once every item is deployed: each agency is told of its new tasks in one mail ({@link WorkNotices}), unless
     * the plan says not to ({@code notifyNewTasks = false}, the demo's sample plans).
     */
    @Component("newTaskNotices")
    static class NewTaskNotices implements JavaDelegate {

        private final Plans plans;
        private final PlanItems items;
        private final Assignments assignments;
        private final WorkNotices notices;

        NewTaskNotices(Plans plans, PlanItems items, Assignments assignments, WorkNotices notices) {
            this.plans = plans;
            this.items = items;
            this.assignments = assignments;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (Boolean.FALSE.equals(execution.getVariable(PlanVariables.NOTIFY_NEW_TASKS))) {
                return;
            }
            Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
            notices.newTasks(plan, items.findByPlan(plan.id()), assignments.ofPlan(plan.id()));
        }
    }
}
