package vn.cchc.plan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.VietnamTime;

/**
 * Every review or approval step: a decision ({@code approved}, a boolean; the forms' radio buttons send
 * {@code "true"}/{@code "false"}) is required, and a return or rejection must say why
 * ({@code comment}); the step's name is kept as {@code returnedBy} so the draft shows who returned it, and every
 * return is added to {@code returnHistory}.
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
            task.setVariable(PlanVariables.RETURN_HISTORY,
                    withReturn((String) task.getVariable(PlanVariables.RETURN_HISTORY), task.getName(),
                            comment.toString()));
        }
    }

    /**
     * The history of returns with their reasons, newest last, as the forms show it; the oldest entries give way
     * when it would outgrow the engine's 4,000-character string variables.
     */
    static String withReturn(String history, String step, String reason) {
        String when = VietnamTime.now()
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        List<String> lines = new ArrayList<>(history == null || history.isBlank() ? List.of()
                : List.of(history.split("\n")));
        lines.add("- *" + when + ", " + PlanSummaries.escape(step) + ":* " + PlanSummaries.escape(reason));
        while (String.join("\n", lines).length() > EngineText.MAX_LENGTH && lines.size() > 1) {
            lines.remove(0);
        }
        return String.join("\n", lines);
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
