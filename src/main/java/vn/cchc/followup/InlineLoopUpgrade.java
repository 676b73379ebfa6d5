package vn.cchc.followup;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running {@code planTask} instances of the versions that drew the ladder inline (the embedded sub-process
 * {@code alertLoop}, whose delegates {@code alertPlanning}, {@code alertDispatch}, {@code alertTime} and
 * {@code ladderStep} no longer exist) to the latest version, which calls {@code followUp}: without this their next
 * reminder timer would fail on a missing bean. Per instance, in one transaction: the inline loop is cancelled, the
 * instance is migrated (every other activity keeps its id: the agency's or SNV's open task, the wait for a date), and,
 * if a loop was running, the call of {@code followUp} is started, which plans from now with catch-up (the level
 * reached is notified once; reminders already written keep their keys, so none is written twice). Runs at start-up,
 * once there is nothing left to move it does nothing; a failure leaves the instance as it was and is logged.
 */
@Component
class InlineLoopUpgrade {

    static final String PROCESS_KEY = "planTask";
    static final String INLINE_LOOP = "alertLoop";
    static final String CALL = "followUpDueDate";
    private static final Logger log = LoggerFactory.getLogger(InlineLoopUpgrade.class);

    private final ProcessEngine engine;
    private final TransactionTemplate transactions;

    InlineLoopUpgrade(ProcessEngine engine, TransactionTemplate transactions) {
        this.engine = engine;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int moved = upgrade();
        if (moved > 0) {
            log.info("{} planTask instance(s) moved from the inline reminder loop to the followUp call", moved);
        }
    }

    /** @return how many instances were moved */
    int upgrade() {
        RepositoryService repository = engine.getRepositoryService();
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
        if (latest == null || repository.getBpmnModelInstance(latest.getId()).getModelElementById(CALL) == null) {
            return 0;
        }
        int moved = 0;
        for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .list()) {
            if (old.getId().equals(latest.getId())
                    || repository.getBpmnModelInstance(old.getId()).getModelElementById(INLINE_LOOP) == null) {
                continue;
            }
            List<String> ids = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionId(old.getId()).list().stream().map(ProcessInstance::getId).toList();
            if (ids.isEmpty()) {
                continue;
            }
            MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(old.getId(), latest.getId())
                    .mapEqualActivities().build();
            for (String id : ids) {
                try {
                    transactions.executeWithoutResult(status -> move(id, plan));
                    moved++;
                } catch (RuntimeException e) {
                    log.error("planTask instance {} stays on {}: {}", id, old.getId(), e.getMessage());
                }
            }
        }
        return moved;
    }

    private void move(String id, MigrationPlan plan) {
        RuntimeService runtime = engine.getRuntimeService();
        boolean following = has(runtime.getActivityInstance(id), INLINE_LOOP);
        if (following) {
            runtime.createProcessInstanceModification(id).cancelAllForActivity(INLINE_LOOP).execute(true, true);
        }
        runtime.newMigration(plan).processInstanceIds(id).skipCustomListeners().skipIoMappings().execute();
        if (following) {
            runtime.createProcessInstanceModification(id).startBeforeActivity(CALL).execute(true, false);
        }
    }

    private static boolean has(ActivityInstance instance, String activityId) {
        List<ActivityInstance> todo = new ArrayList<>(List.of(instance));
        while (!todo.isEmpty()) {
            ActivityInstance next = todo.remove(todo.size() - 1);
            if (activityId.equals(next.getActivityId()) || List.of(next.getChildTransitionInstances()).stream()
                    .anyMatch(waiting -> activityId.equals(waiting.getActivityId()))) {
                return true; // running, or waiting for its asynchronous start
            }
            todo.addAll(List.of(next.getChildActivityInstances()));
        }
        return false;
    }
}
