package vn.cchc.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.DueDates;
import vn.cchc.plan.PlanVariables;

/** Keeps the timer branch's variables and the assignment's status in step with the schedule. */
@Component
class AlertProgress {

    private final AlertSchedule schedule;
    private final Assignments assignments;

    AlertProgress(AlertSchedule schedule, Assignments assignments) {
        this.schedule = schedule;
        this.assignments = assignments;
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

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * (Re)plans from now (deployment, extension, event, restart): the status the assignment has today, and where the
     * follow-up stands ({@link AlertSchedule#start}): past due, the current ladder level, whose timer fires at once.
     */
    void plan(DelegateExecution loop) {
        LocalDate due = due(instance(loop));
        if (due == null) {
            waitFor(loop, Optional.empty());
            return;
        }
        assignments.updateStatus(loop.getProcessBusinessKey(), schedule.statusAt(due, now()));
        waitFor(loop, schedule.start(due, now()));
    }

    /** The alert the loop waits for next, local to the loop: it ends with the loop (its timer is alertTime). */
    void waitFor(DelegateExecution loop, Optional<Alert> next) {
        loop.setVariableLocal(ReminderVariables.NEXT_ALERT, next.map(Alert::code).orElse(null));
    }
}
