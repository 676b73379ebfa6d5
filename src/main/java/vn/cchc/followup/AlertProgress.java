package vn.cchc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.Checkpoints;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.VietnamTime;

/** Keeps the timer branch's variables and the assignment's status in step with the schedule. */
@Component
class AlertProgress {

    private final AlertSchedule schedule;
    private final Assignments assignments;
    private final CheckpointFollowUp checkpoints;
    private final AssignmentStatuses statuses;

    AlertProgress(AlertSchedule schedule, Assignments assignments, CheckpointFollowUp checkpoints,
                  AssignmentStatuses statuses) {
        this.schedule = schedule;
        this.assignments = assignments;
        this.checkpoints = checkpoints;
        this.statuses = statuses;
    }

    /** Stores the status of the rule for an open assignment followed on {@code watched} (a cache for counts). */
    void updateStatus(String assignmentId, LocalDate watched, Instant now) {
        assignments.updateStatus(assignmentId, statuses.watching(watched, now));
    }

    /**
     * The process instance, where the task's facts are. Reading them there, not through the loop's scope, spares
     * the engine a variable query for each scope in between.
     */
    static DelegateExecution instance(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessInstance();
    }

    static LocalDate due(DelegateExecution execution) {
        Object due = execution.getVariable(PlanVariables.DUE_DATE);
        return due instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE) : null;
    }

    /**
     * The date the loop follows: the checkpoint it watches (an ongoing or recurring item, loop-local
     * {@code followedDue}), else the task's due date.
     */
    static LocalDate followedDue(DelegateExecution scope) {
        Object checkpoint = scope.getVariable(ReminderVariables.FOLLOWED_DUE);
        return checkpoint instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE)
                : due(instance(scope));
    }

    /**
     * (Re)plans from now (deployment, extension, event, restart): the status the assignment has today, and where the
     * follow-up stands ({@link AlertSchedule#start}): past due, the current ladder level, whose timer fires at once.
     */
    void plan(DelegateExecution loop) {
        DelegateExecution instance = instance(loop);
        LocalDate due = due(instance);
        if (due == null && Boolean.TRUE.equals(instance.getVariable(PlanVariables.CHECKPOINTS))) {
            Optional<Checkpoints.Row> open = checkpoints.watched(loop.getProcessBusinessKey(),
                    ((Number) instance.getVariable(PlanVariables.PLAN_YEAR)).intValue());
            due = open.map(Checkpoints.Row::due).orElse(null);
            loop.setVariableLocal(ReminderVariables.FOLLOWED_DUE, DueDates.endOfDay(due));
            loop.setVariableLocal(ReminderVariables.FOLLOWED_PERIOD, open.map(Checkpoints.Row::period).orElse(null));
        }
        if (due == null) {
            waitFor(loop, Optional.empty());
            return;
        }
        updateStatus(loop.getProcessBusinessKey(), due, VietnamTime.instant());
        waitFor(loop, schedule.start(due, VietnamTime.instant()));
    }

    /** The alert the loop waits for next, local to the loop: it ends with the loop (its timer is alertTime). */
    void waitFor(DelegateExecution loop, Optional<Alert> next) {
        loop.setVariableLocal(ReminderVariables.NEXT_ALERT, next.map(Alert::code).orElse(null));
    }
}
