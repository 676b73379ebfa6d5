package vn.cchc.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lập lịch nhắc việc": the first alert after now, and the assignment's status (asynchronous, so the row exists). */
@Component("alertPlanning")
class AlertPlanning implements JavaDelegate {

    private final AlertProgress progress;

    AlertPlanning(AlertProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.plan(execution);
    }
}
