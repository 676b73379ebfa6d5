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
 * only while the task is at the agency.
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
        instance.setVariable(PlanVariables.ATTACHMENTS_PATH, ref.path());
        instance.setVariable(PlanVariables.ATTACHMENTS_LIST, files.markdownList(ref));
    }
}
