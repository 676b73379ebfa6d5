package vn.cchc.followup;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * On {@code executeTask} creation: follow-up date = the first reminder, so Tasklist's follow-up filters work. Read
 * from the task's due date (set from {@code dueDate} before create listeners run): asking the new task for the
 * variable would query its (empty) local variables first, once per assignment deployed.
 */
@Component("taskFollowUp")
class TaskFollowUp implements TaskListener {

    private final DueDateRescheduling rescheduling;

    TaskFollowUp(DueDateRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void notify(DelegateTask task) {
        Date due = task.getDueDate();
        if (due != null) {
            task.setFollowUpDate(rescheduling.followUp(LocalDate.ofInstant(due.toInstant(), DueDates.ZONE)));
        }
    }
}
