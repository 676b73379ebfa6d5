package vn.cchc.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * Gives a running {@code planTask} instance a new due date: its variables, its open task's due date, and, when the
 * instance waits for it, the message {@code dueDateChanged} with {@code newDueDate}, on which the process plans its
 * reminder timers again from the new date. An instance that does not wait yet (its timer planning is still queued)
 * reads the new variables when it plans.
 */
@Component
class RunningTaskDue {

    /** Message variable of {@link PlanAmendments#DUE_DATE_CHANGED}: the new due date as {@code dd/MM/yyyy}. */
    static final String NEW_DUE_DATE = "newDueDate";
    /** Message a {@code planTask} instance waits for when its deadline is an event. */
    static final String EVENT_OCCURRED = "deadlineEventOccurred";
    /** Message variable of {@link #EVENT_OCCURRED}: the day the event happened, {@code yyyy-MM-dd}. */
    static final String EVENT_DATE = "eventDate";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FollowUpDates followUpDates;

    RunningTaskDue(RuntimeService runtime, TaskService tasks, FollowUpDates followUpDates) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.followUpDates = followUpDates;
    }

    boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /**
     * Moves the due date (null: no date any more); {@code deadlineText} null keeps the phrase the task shows. An
     * instance waiting for {@code dueDateChanged} is sent it and reschedules itself (variables, open task, timers:
     * {@code vn.cchc.followup.DueDateRescheduling}); otherwise the variables and the open task (due and follow-up
     * date, the latter from the follow-up's {@link FollowUpDates}, as the rescheduling sets it) are set here.
     */
    void move(String processInstanceId, LocalDate due, String deadlineText) {
        if (!isRunning(processInstanceId)) {
            return;
        }
        if (deadlineText != null) {
            runtime.setVariable(processInstanceId, PlanVariables.DEADLINE_TEXT, deadlineText);
        }
        // checked first: a failed correlation inside this transaction would mark it rollback-only
        if (due != null && waitsFor(processInstanceId, PlanAmendments.DUE_DATE_CHANGED)) {
            runtime.createMessageCorrelation(PlanAmendments.DUE_DATE_CHANGED).processInstanceId(processInstanceId)
                    .setVariable(NEW_DUE_DATE, DueDates.format(due)).correlateAll();
            return;
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(PlanVariables.DUE_DATE, DueDates.endOfDay(due));
        vars.put(PlanVariables.DUE_DATE_TEXT, PlanTaskStarter.dueDateText(due));
        runtime.setVariables(processInstanceId, vars);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("executeTask").list()) {
            task.setDueDate(DueDates.endOfDay(due));
            task.setFollowUpDate(due == null ? null : followUpDates.followUpOf(due));
            tasks.saveTask(task);
        }
    }

    /** Tells a waiting instance that its event happened; the process computes the due date from that day. */
    void eventOccurred(String processInstanceId, LocalDate eventDate) {
        runtime.createMessageCorrelation(EVENT_OCCURRED).processInstanceId(processInstanceId)
                .setVariable(EVENT_DATE, eventDate.toString()).correlateAll();
    }

    boolean waitsFor(String processInstanceId, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
                .eventName(message).count() > 0;
    }
}
