package vn.cchc.reporting.alerts;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.followup.Alert;

/**
 * {@code ${deadlineAlertDispatch}} ("Gửi nhắc việc hoặc báo cáo quá hạn"): the timer fired. While the agency still
 * owes the step, the alert's notifications go to the outbox; then the next alert is planned. While SNV checks what
 * the agency sent, nothing is written, but the ladder keeps its days in case SNV returns it.
 */
@Component("deadlineAlertDispatch")
class DeadlineAlertDispatch implements JavaDelegate {

    private final DeadlineAlertSchedule schedule;
    private final DeadlineSubjects subjects;
    private final DeadlineAlertNotifier notifier;

    DeadlineAlertDispatch(DeadlineAlertSchedule schedule, DeadlineSubjects subjects, DeadlineAlertNotifier notifier) {
        this.schedule = schedule;
        this.subjects = subjects;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = DeadlineAlertPlanning.due(execution);
        String code = (String) execution.getVariable(DeadlineAlertVariables.NEXT_ALERT);
        Alert alert = due == null || code == null ? null : schedule.byCode(due, code).orElse(null);
        if (alert == null) {
            DeadlineAlertPlanning.waitFor(execution, due == null ? Optional.empty()
                    : schedule.first(due, DeadlineAlertPlanning.now()));
            return;
        }
        java.time.Instant now = DeadlineAlertPlanning.now();
        Optional<Alert> notified = schedule.toNotify(due, alert, now);
        DeadlineFacts step = subjects.read(execution, due);
        if (step.owed() && notified.isPresent()) {
            notifier.notify(step, notified.get());
        }
        DeadlineAlertPlanning.waitFor(execution, schedule.next(due, notified.orElse(alert), now));
    }
}
