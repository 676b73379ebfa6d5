package vn.cchc.followup;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${alertTime.of(execution)}}, the timer date of "Đến mốc nhắc việc": the instant of the alert the loop
 * waits for ({@code nextAlert}), from the task's due date and the reminder policy. Computed rather than stored in
 * a second variable: every variable update of the loop costs a runtime and a history row per alert.
 */
@Component("alertTime")
public class AlertTime {

    private final AlertSchedule schedule;

    AlertTime(AlertSchedule schedule) {
        this.schedule = schedule;
    }

    /** @param timer the timer event's own execution (a catch event is a scope), a child of the loop's */
    public Date of(DelegateExecution timer) {
        String code = (String) timer.getVariable(ReminderVariables.NEXT_ALERT);
        Alert alert = code == null ? null
                : schedule.byCode(AlertProgress.followedDue(timer), code).orElse(null);
        if (alert == null) {
            throw new IllegalStateException("no alert '" + code + "' for the due date of "
                    + timer.getProcessBusinessKey());
        }
        return Date.from(alert.at());
    }
}
