package vn.cchc.reporting.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;
import vn.cchc.followup.Alert;
import vn.cchc.shared.VietnamTime;

/** {@code ${deadlineAlertPlanning}} ("Lập lịch nhắc việc"): the first alert of a newly opened step. */
@Component("deadlineAlertPlanning")
class DeadlineAlertPlanning implements JavaDelegate {

    private final DeadlineAlertSchedule schedule;

    DeadlineAlertPlanning(DeadlineAlertSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = due(execution);
        waitFor(execution, due == null ? Optional.empty() : schedule.first(due, now()));
    }

    static LocalDate due(DelegateExecution execution) {
        Object due = execution.getVariable(DeadlineAlertVariables.DUE_AT);
        return due instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE) : null;
    }

    static Instant now() {
        return VietnamTime.instant();
    }

    static void waitFor(DelegateExecution execution, Optional<Alert> next) {
        execution.setVariable(DeadlineAlertVariables.NEXT_ALERT, next.map(Alert::code).orElse(null));
        execution.setVariable(DeadlineAlertVariables.NEXT_ALERT_AT, next.map(a -> Date.from(a.at())).orElse(null));
    }
}
