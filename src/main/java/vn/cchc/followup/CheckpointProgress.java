package vn.cchc.followup;

import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.Checkpoints;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.VietnamTime;

/**
 * "Ghi nhận tiến độ kỳ báo cáo": the agency recorded what it did on an ongoing or recurring item; the earliest
 * open period is recorded with that text, the assignment gets the status of the next open checkpoint, and
 * {@code allPeriodsRecorded} tells the process whether the year's record goes to SNV. The follow-up loop moves on
 * to the next checkpoint when its pending timer fires.
 */
@Component("checkpointProgress")
class CheckpointProgress implements JavaDelegate {

    private final CheckpointFollowUp followUp;
    private final Checkpoints checkpoints;
    private final Assignments assignments;
    private final AssignmentStatuses statuses;

    CheckpointProgress(CheckpointFollowUp followUp, Checkpoints checkpoints, Assignments assignments,
                       AssignmentStatuses statuses) {
        this.followUp = followUp;
        this.checkpoints = checkpoints;
        this.assignments = assignments;
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        int year = ((Number) execution.getVariable(PlanVariables.PLAN_YEAR)).intValue();
        Object text = execution.getVariable(PlanVariables.PROGRESS_TEXT);
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        LocalDateTime now = LocalDateTime.ofInstant(VietnamTime.instant(), DueDates.ZONE);
        followUp.watched(id, year).ifPresent(open -> checkpoints.record(id, open.period(),
                text == null ? "" : text.toString().trim(), user == null ? null : user.getUserId(), now));
        execution.removeVariable(PlanVariables.PROGRESS_ONLY);
        execution.removeVariable(PlanVariables.PROGRESS_TEXT);
        Optional<Checkpoints.Row> next = checkpoints.firstOpen(id);
        execution.setVariable(PlanVariables.ALL_PERIODS_RECORDED, next.isEmpty());
        assignments.updateStatus(id, next.map(r -> statuses.watching(r.due(), VietnamTime.instant()))
                .orElse(AssignmentStatus.IN_PROGRESS));
    }
}
