package vn.cchc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.VietnamTime;

/**
 * "Gửi nhắc việc": the timer fired. While the agency still has the task ({@code executeTask} open), the alert's
 * notifications go to the outbox (a timer fired late, after a pause, notifies the level reached now, once:
 * {@link AlertSchedule#toNotify}); the assignment gets its status of now; the next alert is planned. While SNV
 * is checking a submitted result the agency is not reminded, but the status still follows the calendar.
 */
@Component("alertDispatch")
class AlertDispatch implements JavaDelegate {

    static final String EXECUTE_TASK = "executeTask";
    private final AlertSchedule schedule;
    private final AlertNotifier notifier;
    private final AlertProgress progress;
    private final CheckpointFollowUp checkpoints;

    AlertDispatch(AlertSchedule schedule, AlertNotifier notifier, AlertProgress progress,
                  CheckpointFollowUp checkpoints) {
        this.schedule = schedule;
        this.notifier = notifier;
        this.progress = progress;
        this.checkpoints = checkpoints;
    }

    @Override
    public void execute(DelegateExecution loop) {
        Optional<Alert> toNotify = toNotify(loop);
        if (toNotify.isEmpty()) {
            progress.plan(loop);
            return;
        }
        DelegateExecution instance = AlertProgress.instance(loop);
        LocalDate due = AlertProgress.followedDue(loop);
        Instant now = VietnamTime.instant();
        Alert notified = toNotify.get();
        String open = openTask((ExecutionEntity) instance, EXECUTE_TASK);
        if (open != null) {
            notifier.notify(facts(instance, due, open), notified);
        }
        progress.updateStatus(loop.getProcessBusinessKey(), due, now);
        progress.waitFor(loop, schedule.next(due, notified, now));
    }

    /**
     * The alert the fired timer notifies now ({@link AlertSchedule#toNotify}: after a pause, the level reached);
     * empty when there is nothing to notify but the loop must plan again (the checkpoint it watched was recorded, or
     * the stored alert is not in the schedule of the date followed now).
     */
    Optional<Alert> toNotify(DelegateExecution loop) {
        LocalDate due = AlertProgress.followedDue(loop);
        String code = (String) loop.getVariableLocal(ReminderVariables.NEXT_ALERT);
        Alert alert = due == null || code == null ? null : schedule.byCode(due, code).orElse(null);
        String period = (String) loop.getVariableLocal(ReminderVariables.FOLLOWED_PERIOD);
        if (alert == null || period != null && checkpoints.recorded(loop.getProcessBusinessKey(), period)) {
            return Optional.empty();
        }
        return Optional.of(schedule.toNotify(due, alert, VietnamTime.instant()));
    }

    /**
     * Id of the open user task {@code activityId} of the instance, found in its execution tree (already loaded by
     * the job) and the tasks of that one execution: a task query per reminder cost more than the rest of the
     * reminder in the quarter-end burst (docs/benchmarks.md).
     */
    static String openTask(ExecutionEntity execution, String activityId) {
        if (activityId.equals(execution.getActivityId())) {
            for (TaskEntity task : execution.getTasks()) {
                if (activityId.equals(task.getTaskDefinitionKey())) {
                    return task.getId();
                }
            }
        }
        for (ExecutionEntity child : execution.getExecutions()) {
            String id = openTask(child, activityId);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    static TaskFacts facts(DelegateExecution execution, LocalDate due, String taskId) {
        return new TaskFacts(execution.getProcessBusinessKey(), text(execution, PlanVariables.PLAN_ID),
                text(execution, PlanVariables.PLAN_TITLE), text(execution, PlanVariables.DECISION_NUMBER),
                text(execution, PlanVariables.AGENCY_ID), text(execution, PlanVariables.AGENCY_NAME),
                text(execution, PlanVariables.TASK_TEXT), text(execution, PlanVariables.PRODUCT),
                text(execution, PlanVariables.DEADLINE_TEXT), due, taskId);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
