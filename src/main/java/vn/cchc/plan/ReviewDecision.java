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
 * return is added to {@code returnHistory}. A returned result tells the agency why, and the director's approval
 * of a draft asks the consulted agencies for their comments ({@link WorkNotices}).
 */
@Component("reviewDecision")
class ReviewDecision implements TaskListener {

    private final WorkNotices notices;
    private final PlanComments comments;

    ReviewDecision(WorkNotices notices, PlanComments comments) {
        this.notices = notices;
        this.comments = comments;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = decision(task.getVariable(PlanVariables.APPROVED));
        if (approved == null) {
            throw PlanInputException.field(PlanVariables.APPROVED, "plan.review.noDecision");
        }
        task.setVariable(PlanVariables.APPROVED, approved);
        if (!approved) {
            Object comment = task.getVariable(PlanVariables.COMMENT);
            if (comment == null || comment.toString().isBlank()) {
                throw PlanInputException.field(PlanVariables.COMMENT, "plan.review.noReason");
            }
            task.setVariable(PlanVariables.RETURNED_BY, task.getName());
            task.setVariable(PlanVariables.RETURN_HISTORY,
                    withReturn((String) task.getVariable(PlanVariables.RETURN_HISTORY), task.getName(),
                            comment.toString()));
            if (RESULT_REVIEW.equals(task.getTaskDefinitionKey())) {
                notices.resultReturned(string(task, PlanVariables.PLAN_ID), string(task, PlanVariables.PLAN_TITLE),
                        string(task, PlanVariables.DECISION_NUMBER), string(task, PlanVariables.AGENCY_ID),
                        string(task, PlanVariables.TASK_TEXT), comment.toString(), task.getId());
            }
        } else if (DRAFT_REVIEW.equals(task.getTaskDefinitionKey())) {
            List<String> agencies = comments.agencies(task.getExecution());
            if (!agencies.isEmpty()) {
                notices.commentRequested(string(task, PlanVariables.PLAN_ID), string(task, PlanVariables.PLAN_TITLE),
                        agencies, commentDeadline(string(task, PlanVariables.COMMENT_DEADLINE_AT)), task.getId());
            }
        }
    }

    /** SNV's acceptance of an agency's result (planTask) and the director's review of the draft (planLifecycle). */
    static final String RESULT_REVIEW = "acceptResult";
    static final String DRAFT_REVIEW = "reviewDraft";

    private static String string(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** The day of {@code commentDeadlineAt} (ISO, end of the day in Vietnam). */
    private static java.time.LocalDate commentDeadline(String iso) {
        return iso == null || iso.length() < 10 ? null : java.time.LocalDate.parse(iso.substring(0, 10));
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
