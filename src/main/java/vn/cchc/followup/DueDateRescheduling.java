package vn.cchc.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.plan.Assignments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanVariables;

/**
 * A task gets a new due date (SNV extends it, the plan is amended, or the event it waited for happened): the
 * process variables, the assignment row and the open user task's due and follow-up dates change together; the
 * timer branch then replans from the new date.
 */
@Component
class DueDateRescheduling implements vn.cchc.plan.FollowUpDates {

    /** The agency's user task of {@code planTask}, whose due and follow-up dates move with the due date. */
    static final String EXECUTE_TASK = "executeTask";

    private final WorkingCalendar calendar;
    private final AlertSchedule schedule;
    private final Assignments assignments;
    private final AssignmentStatuses statuses;
    private final java.time.Clock clock;

    DueDateRescheduling(WorkingCalendar calendar, AlertSchedule schedule, Assignments assignments,
                        AssignmentStatuses statuses, java.time.Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.schedule = schedule;
        this.assignments = assignments;
        this.statuses = statuses;
    }

    void apply(DelegateExecution execution, LocalDate requested) {
        LocalDate due = calendar.effectiveDue(requested);
        execution.setVariable(PlanVariables.DUE_DATE, DueDates.endOfDay(due));
        execution.setVariable(PlanVariables.DUE_DATE_TEXT, DueDates.format(due));
        assignments.reschedule(execution.getProcessBusinessKey(), due, statuses.watching(due, clock.instant()));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(EXECUTE_TASK).singleResult();
        if (open != null) {
            open.setDueDate(DueDates.endOfDay(due));
            open.setFollowUpDate(followUp(due));
            tasks.saveTask(open);
        }
    }

    /** The event happened on {@code eventDate}: due the configured number of working days later. */
    LocalDate afterEvent(LocalDate eventDate) {
        return calendar.plusWorkingDays(eventDate, schedule.policy().eventResponseWorkingDays());
    }

    @Override
    public Date followUpOf(LocalDate due) {
        return followUp(due);
    }

    Date followUp(LocalDate due) {
        return Date.from(schedule.firstReminderDay(due).atTime(schedule.policy().alertTime())
                .atZone(DueDates.ZONE).toInstant());
    }

    /** A date from a message or form: {@link Date}, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. */
    static LocalDate date(Object value, String field) {
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), DueDates.ZONE);
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = value == null ? "" : value.toString().trim();
        try {
            return text.contains("/") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("d/M/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw PlanInputException.field(field, "followup.reschedule.invalidDate", field, text);
        }
    }
}
