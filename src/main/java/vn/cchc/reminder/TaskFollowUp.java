package vn.cchc.reminder;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.plan.DueDates;
import vn.cchc.plan.PlanVariables;

/** On {@code executeTask} creation: follow-up date = the first reminder, so Tasklist's follow-up filters work. */
@Component("taskFollowUp")
class TaskFollowUp implements TaskListener {

    private final DueDateRescheduling rescheduling;

    TaskFollowUp(DueDateRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(PlanVariables.DUE_DATE) instanceof Date due) {
            task.setFollowUpDate(rescheduling.followUp(LocalDate.ofInstant(due.toInstant(), DueDates.ZONE)));
        }
    }
}
