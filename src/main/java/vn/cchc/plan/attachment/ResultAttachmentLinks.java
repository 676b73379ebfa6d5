package vn.cchc.plan.attachment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.plan.PlanVariables;

/**
 * On creation of {@code executeTask} and {@code acceptResult}: puts the address of the task's files page and the
 * list of files attached so far into the process instance, for the forms (a Camunda form can only show variables,
 * and the Tasklist's form renderer has no file field). The list is final at {@code acceptResult}: files can be added
 * only while the task is at the agency. No list variable while no file is attached (the form hides the list then).
 */
@Component("resultAttachmentLinks")
class ResultAttachmentLinks implements TaskListener {

    private final ResultFiles files;

    ResultAttachmentLinks(ResultFiles files) {
        this.files = files;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        Object planId = instance.getVariable(PlanVariables.PLAN_ID);
        if (planId == null) {
            return;
        }
        ResultFiles.TaskRef ref = new ResultFiles.TaskRef(planId.toString(), task.getProcessInstanceId(), null, null,
                0);
        if (!instance.hasVariable(PlanVariables.ATTACHMENTS_PATH)) {
            // the instance's first task, just started (at a plan's deployment, thousands at once): no file can be
            // attached yet, so neither a query for them nor an empty list variable
            instance.setVariable(PlanVariables.ATTACHMENTS_PATH, ref.path());
            return;
        }
        String list = files.markdownList(ref);
        if (list != null || instance.hasVariable(PlanVariables.ATTACHMENTS_LIST)) {
            instance.setVariable(PlanVariables.ATTACHMENTS_LIST, list);
        }
    }
}
