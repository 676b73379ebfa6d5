package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An agency gave its comments on the draft: they are kept with the plan, and the summary of those received so far is
 * updated for the Tờ trình step, the reviewers and the leader.
 */
@Component("commentRecorder")
class CommentRecorder implements TaskListener {

    private final PlanComments comments;
    private final PlanSummaries summaries;

    CommentRecorder(PlanComments comments, PlanSummaries summaries) {
        this.comments = comments;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String content = form.text(PlanVariables.AGENCY_COMMENT);
        form.check();
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String author = authentication != null ? authentication.getUserId() : String.valueOf(task.getAssignee());
        comments.add((String) task.getVariable(PlanVariables.PLAN_ID),
                (String) task.getVariable(PlanVariables.COMMENT_AGENCY_ID), author, content);
        task.removeVariable(PlanVariables.AGENCY_COMMENT);
        // the comments received so far, for the Tờ trình step (and the appraisers, as before)
        String planId = (String) task.getVariable(PlanVariables.PLAN_ID);
        task.getExecution().getProcessInstance().setVariable(PlanVariables.COMMENTS_SUMMARY,
                summaries.comments(comments.of(planId), null));
    }
}
