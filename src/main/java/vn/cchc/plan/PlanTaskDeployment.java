package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deployment of an issued plan: one {@code planTask} per (item × lead agency × milestone), see
 * {@link PlanTaskStarter}. Runs as an asynchronous job; each item is deployed in its own transaction (its instances
 * and its assignment rows together) and the job resumes where it stopped: an item whose assignments exist is
 * skipped. Each agency is then told of its new tasks in one mail ({@link WorkNotices}), in the job's transaction.
 * <p>
 * Why not one transaction for the whole plan: a deployment that outlasts the job executor's lock (5 min; a
 * province's plan of thousands of instances on a loaded node) is taken over by another node while it still runs;
 * the first run then ends in an {@code OptimisticLockingException} and everything it did is rolled back, and the
 * second may outlast its lock as well. The fault suite's scenario 5 saw a 300-instance deployment run three times
 * during a reminder burst (docs/reliability.md). Item by item, a run taken over loses at most the item in flight; two
 * runs that reach the same item concurrently cannot both deploy it (the assignment id, the business key, is the
 * primary key: the second waits for the first's commit, fails on the key and skips the item). A failing item fails
 * the job as before, and its retry starts at that item; the items before it are already with their agencies.
 */
@Component("deployPlanTasks")
class PlanTaskDeployment implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(PlanTaskDeployment.class);

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final PlanTaskStarter starter;
    private final WorkNotices notices;
    private final TransactionTemplate ownTransaction;

    PlanTaskDeployment(Plans plans, PlanItems items, Assignments assignments, PlanTaskStarter starter,
                       WorkNotices notices, PlatformTransactionManager transactions) {
        this.notices = notices;
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.starter = starter;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        FreshCommandContext context = new FreshCommandContext(execution.getProcessEngine());
        List<PlanItem> planItems = items.findByPlan(plan.id());
        Set<Integer> done = deployedItems(plan.id());
        if (!done.isEmpty()) {
            LOG.info("Deployment of plan {} resumes: {} of {} items already deployed", plan.id(), done.size(),
                    planItems.size());
        }
        for (PlanItem item : planItems) {
            if (!done.contains(item.itemNo())) {
                deploy(runtime, context, plan, item);
            }
        }
        if (!Boolean.FALSE.equals(execution.getVariable(PlanVariables.NOTIFY_NEW_TASKS))) {
            notices.newTasks(plan, planItems, assignments.ofPlan(plan.id()));
        }
    }

    private Set<Integer> deployedItems(String planId) {
        return assignments.ofPlan(planId).stream().map(Assignments.Assignment::itemNo).collect(Collectors.toSet());
    }

    /** One item's instances and assignment rows in a transaction of their own (committed before the next item). */
    private void deploy(RuntimeService runtime, FreshCommandContext context, Plan plan, PlanItem item) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                List<Assignments.Assignment> started = new ArrayList<>();
                context.run(() -> started.addAll(starter.start(runtime, plan, item)));
                assignments.insertAll(started);
            });
        } catch (DataIntegrityViolationException e) {
            if (!deployedItems(plan.id()).contains(item.itemNo())) {
                throw e;
            }
            // another run of this job (its lock expired and another job executor took it over) deployed the item
            // first; this run's instances of it were rolled back with its transaction
            LOG.info("Plan {} item {} was deployed by another run of the deployment job meanwhile", plan.id(),
                    item.itemNo());
        }
    }
}
