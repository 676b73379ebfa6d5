package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An agency reports its task done: the product (document number/date or link) is required; or, on an ongoing or
 * recurring item, only records what it did in the period ({@code progressOnly}): then that text is required.
 */
@Component("resultSubmission")
class ResultSubmission implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        if (Boolean.TRUE.equals(task.getVariable(PlanVariables.PROGRESS_ONLY))) {
            form.text(PlanVariables.PROGRESS_TEXT);
            form.check();
            return;
        }
        form.text(PlanVariables.PRODUCT_REFERENCE);
        form.check();
        task.removeVariable(PlanVariables.APPROVED);
    }
}
