package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An agency reports its task done: the product (document number/date or link) is required. */
@Component("resultSubmission")
class ResultSubmission implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        form.text(PlanVariables.PRODUCT_REFERENCE, "Văn bản / sản phẩm");
        form.check();
        task.removeVariable(PlanVariables.APPROVED);
    }
}
