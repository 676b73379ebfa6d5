package vn.cchc.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Cập nhật hạn xử lý": message {@code dueDateChanged} with {@code newDueDate}. */
@Component("dueDateChange")
class DueDateChange implements JavaDelegate {

    private final DueDateRescheduling rescheduling;

    DueDateChange(DueDateRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object value = execution.getVariable(ReminderVariables.NEW_DUE_DATE);
        rescheduling.apply(execution, DueDateRescheduling.date(value, ReminderVariables.NEW_DUE_DATE));
        execution.removeVariable(ReminderVariables.NEW_DUE_DATE);
    }
}
