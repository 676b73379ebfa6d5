package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every review or approval step: a decision ({@code approved}, a boolean; the forms' radio buttons send
 * {@code "true"}/{@code "false"}) is required, and a return or rejection must say why
 * ({@code comment}); the step's name is kept as {@code returnedBy} so the draft shows who returned it.
 */
@Component("reviewDecision")
class ReviewDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = decision(task.getVariable(PlanVariables.APPROVED));
        if (approved == null) {
            throw new PlanInputException("Chưa chọn quyết định (đồng ý hoặc trả lại).");
        }
        task.setVariable(PlanVariables.APPROVED, approved);
        if (!approved) {
            Object comment = task.getVariable(PlanVariables.COMMENT);
            if (comment == null || comment.toString().isBlank()) {
                throw new PlanInputException("Khi trả lại hoặc không phê duyệt, phải ghi rõ lý do.");
            }
            task.setVariable(PlanVariables.RETURNED_BY, task.getName());
        }
    }

    /** A boolean from REST, or the string value of the forms' radio buttons. */
    private static Boolean decision(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return null;
    }
}
