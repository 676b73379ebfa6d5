package vn.cchc.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

    static LocalDate due(DelegateExecution execution) {
        Object due = execution.getVariable(PlanVariables.DUE_DATE);
        return due instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE) : null;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** (Re)plans from now: the first alert still to come, and the status the assignment has today. */
    void plan(DelegateExecution execution) {
        LocalDate due = due(execution);
        if (due == null) {
            waitFor(execution, Optional.empty());
            return;
        }
        assignments.updateStatus(execution.getProcessBusinessKey(), schedule.statusAt(due, now()));
        waitFor(execution, schedule.firstAfter(due, now()));
    }

    void waitFor(DelegateExecution execution, Optional<Alert> next) {
        execution.setVariable(ReminderVariables.NEXT_ALERT, next.map(Alert::code).orElse(null));
        execution.setVariable(ReminderVariables.NEXT_ALERT_AT, next.map(a -> Date.from(a.at())).orElse(null));
    }
}
