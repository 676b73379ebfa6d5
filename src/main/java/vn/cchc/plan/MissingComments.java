package vn.cchc.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The comment deadline passed: the agencies that did not comment are recorded for the submission. */
@Component("missingComments")
class MissingComments implements ExecutionListener {

    private final PlanComments comments;

    MissingComments(PlanComments comments) {
        this.comments = comments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String planId = (String) execution.getVariable(PlanVariables.PLAN_ID);
        Set<String> answered = comments.of(planId).stream().map(PlanComments.Comment::agencyId)
                .collect(Collectors.toSet());
        List<String> missing = comments.agencies(execution).stream().filter(a -> !answered.contains(a)).toList();
        execution.setVariable(PlanVariables.MISSING_COMMENTS, String.join(",", missing));
    }
}
