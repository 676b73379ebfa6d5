package vn.cchc.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** SNV accepted an agency's result: the assignment is done, on time or late by the engine's clock. */
@Component("assignmentCompletion")
class AssignmentCompletion implements ExecutionListener {

    private final Assignments assignments;
    private final Clock clock;

    AssignmentCompletion(Assignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Instant now = clock.instant();
        Date due = (Date) execution.getVariable(PlanVariables.DUE_DATE);
        AssignmentStatus status = due == null || !now.isAfter(due.toInstant()) ? AssignmentStatus.DONE_ON_TIME
                : AssignmentStatus.DONE_LATE;
        assignments.complete(execution.getProcessBusinessKey(), status, LocalDateTime.ofInstant(now, clock.getZone()));
    }
}
