package vn.cchc.plan;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.DueDates;

/** SNV accepted an agency's result: the assignment is done, on time or late by the engine's clock. */
@Component("assignmentCompletion")
class AssignmentCompletion implements ExecutionListener {

    private final Assignments assignments;

    AssignmentCompletion(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date now = Date.from(VietnamTime.instant());
        Date due = (Date) execution.getVariable(PlanVariables.DUE_DATE);
        AssignmentStatus status = due == null || !now.after(due) ? AssignmentStatus.DONE_ON_TIME
                : AssignmentStatus.DONE_LATE;
        assignments.complete(execution.getProcessBusinessKey(), status,
                LocalDateTime.ofInstant(now.toInstant(), DueDates.ZONE));
    }
}
