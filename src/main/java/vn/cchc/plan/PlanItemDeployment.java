package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deployment of a group of items of an issued plan: each item's {@code planTask} instances, one per (lead agency ×
 * milestone), see {@link PlanTaskStarter}, and their assignment rows, in one job. The plan lifecycle's step "Giao
 * nhiệm vụ đến các cơ quan" is a parallel multi-instance sub-process over the groups ({@link Items},
 * bpmn/plan-lifecycle.bpmn): each group is an asynchronous, non-exclusive job of high priority, so the job executors'
 * threads deploy several groups at once and take them before the follow-up jobs the deployed items release; each
 * group then ends in a short job of its own ("Nhóm nội dung đã được giao") that counts it done on the
 * multi-instance. Two groups ending at the same moment collide on that count: one of the two short jobs fails with an
 * {@code OptimisticLockingException} (a WARN {@code ENGINE-14006}) and runs again, its retries untouched; the
 * group's own work, in the job before, is not redone. With one job per item (66 for a province's plan, 100 in the
 * fault suite) these collisions came by the hundred; made exclusive, these jobs did not collide, but the engine runs
 * exclusive jobs of one process instance one acquisition at a time, which kept a province's plan from its mails half
 * a minute longer (docs/benchmarks.md, "Latency").
 * <p>
 * A failing item fails its group's job only: the other groups stay deployed, the job is retried (and becomes an
 * incident after its retries), the plan's new-task mails wait until every group is deployed. An item whose
 * assignments exist is not deployed again (a job run twice, e.g. taken over by another node after its lock expired):
 * the assignment id, the business key, is the primary key, so two runs cannot both commit it.
 */
@Component("deployPlanItems")
class PlanItemDeployment implements JavaDelegate {

    /** The multi-instance's element variable: the items this job deploys, their numbers separated by commas. */
    static final String ITEMS = "deploymentItems";
    /**
     * Jobs a plan's deployment is split into: twice the job executor's threads of one node (4), so that two nodes'
     * threads all have work. Few jobs, few of their completions at the same moment (below).
     */
    static final int JOBS = 8;

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
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        java.util.Set<Integer> itemNos = new java.util.TreeSet<>();
        for (String number : String.valueOf(execution.getVariable(ITEMS)).split(",")) {
            itemNos.add(Integer.parseInt(number.trim()));
        }
        List<PlanItem> group = items.findByPlan(plan.id()).stream().filter(i -> itemNos.contains(i.itemNo())).toList();
        if (group.size() != itemNos.size()) {
            throw new IllegalStateException("plan " + plan.id() + " lacks some of the items " + itemNos);
        }
        deploy(execution, plan, group);
    }

    /** Deploys the items not deployed yet, in the current transaction. */
    void deploy(DelegateExecution execution, Plan plan, List<PlanItem> group) {
        FreshCommandContext context = new FreshCommandContext(execution.getProcessEngine());
        for (PlanItem item : group) {
            if (assignments.itemDeployed(plan.id(), item.itemNo())) {
                LOG.info("Plan {} item {} is already deployed", plan.id(), item.itemNo());
                continue;
            }
            // a fresh command context joining the job's transaction: the engine flushes each item's instances on
            // their own rather than all of the job's at its end (FreshCommandContext)
            List<Assignments.Assignment> started = new ArrayList<>();
            context.run(() -> started.addAll(starter.start(execution.getProcessEngineServices().getRuntimeService(),
                    plan, item)));
            assignments.insertAll(started);
        }
    }

    /**
     * The deployment's jobs (the multi-instance's collection): the plan's items in at most {@link #JOBS} groups of
     * about the same number of assignments (an item for every commune weighs a hundred times an item for one
     * agency), each group its item numbers separated by commas, in order.
     */
    @Component("deploymentItems")
    public static class Items {

        private final PlanItems items;

        Items(PlanItems items) {
            this.items = items;
        }

        public List<String> of(String planId) {
            return groups(items.findByPlan(planId), JOBS);
        }

        static List<String> groups(List<PlanItem> planItems, int jobs) {
            List<PlanItem> heaviestFirst = new ArrayList<>(planItems);
            heaviestFirst.sort(java.util.Comparator.comparingInt(Items::assignments).reversed()
                    .thenComparingInt(PlanItem::itemNo));
            List<java.util.TreeSet<Integer>> groups = new ArrayList<>();
            int[] weight = new int[Math.min(jobs, planItems.size())];
            for (int i = 0; i < weight.length; i++) {
                groups.add(new java.util.TreeSet<>());
            }
            for (PlanItem item : heaviestFirst) {
                int lightest = 0;
                for (int i = 1; i < weight.length; i++) {
                    if (weight[i] < weight[lightest]) {
                        lightest = i;
                    }
                }
                groups.get(lightest).add(item.itemNo());
                weight[lightest] += Math.max(1, assignments(item));
            }
            return groups.stream().map(g -> g.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","))).toList();
        }

        private static int assignments(PlanItem item) {
            return item.leadAgencies().stream().mapToInt(a -> item.duesOf(a).size()).sum();
        }
    }

    /**
     * The deployment step of plan lifecycles started before the deployment was split into jobs (process versions of
     * 2026-12-06 and earlier, whose "Giao nhiệm vụ đến các cơ quan" calls {@code ${deployPlanTasks}} as one job): a
     * plan drafted before an upgrade is deployed when it is issued after it, as it was then. Each item in a
     * transaction of its own (a run longer than the job's lock, taken over, keeps the items it committed and the next
     * run skips them), then the agencies' mails.
     */
    @Component("deployPlanTasks")
    static class WholePlan implements JavaDelegate {

        private final PlanItemDeployment deployment;
        private final NewTaskNotices notices;
        private final Plans plans;
        private final PlanItems items;
        private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

        WholePlan(PlanItemDeployment deployment, NewTaskNotices notices, Plans plans, PlanItems items,
                  org.springframework.transaction.PlatformTransactionManager transactions) {
            this.deployment = deployment;
            this.notices = notices;
            this.plans = plans;
            this.items = items;
            this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
            this.ownTransaction.setPropagationBehavior(
                    org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        @Override
        public void execute(DelegateExecution execution) {
            Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
            for (PlanItem item : items.findByPlan(plan.id())) {
                ownTransaction.executeWithoutResult(status -> deployment.deploy(execution, plan, List.of(item)));
            }
            notices.execute(execution);
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
