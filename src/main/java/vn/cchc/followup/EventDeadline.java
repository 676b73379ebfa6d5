package vn.cchc.followup;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.VietnamTime;

/** "Tính hạn sau sự kiện": message {@code deadlineEventOccurred}, optional {@code eventDate} (default today). */
@Component("eventDeadline")
class EventDeadline implements JavaDelegate {

    private final DueDateRescheduling rescheduling;

    EventDeadline(DueDateRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object value = execution.getVariable(ReminderVariables.EVENT_DATE);
        LocalDate eventDate = value == null ? LocalDate.ofInstant(VietnamTime.instant(), DueDates.ZONE)
                : DueDateRescheduling.date(value, ReminderVariables.EVENT_DATE);
        rescheduling.apply(execution, rescheduling.afterEvent(eventDate));
        execution.removeVariable(ReminderVariables.EVENT_DATE);
    }
}
