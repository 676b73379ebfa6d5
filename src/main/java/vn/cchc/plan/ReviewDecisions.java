package vn.cchc.plan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.shared.VietnamTime;

/**
 * Every review or approval step ({@code ${reviewDecided}}, complete): a decision ({@code approved}, a boolean; the
 * forms' radio buttons send {@code "true"}/{@code "false"}) is required, and a return or rejection must say why
 * ({@code comment}); the step's name is kept as {@code returnedBy} so the draft shows who returned it, and every
 * return is added to {@code returnHistory}. What a particular step does with the decision is its own listener,
 * named after this one in the BPMN: {@code ${resultReturnNotice}} (SNV's check of an agency's result: a returned
 * result tells the agency why) and {@code ${commentRequest}} (the director's approval of a draft asks the consulted
 * agencies for their comments), see {@link WorkNotices}.
 */
@Configuration(proxyBeanMethods = false)
class ReviewDecisions {

    @Bean
    TaskListener reviewDecided() {
        return ReviewDecisions::decide;
    }

    @Bean
    TaskListener resultReturnNotice(WorkNotices notices) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(PlanVariables.APPROVED))) {
                notices.resultReturned(string(task, PlanVariables.PLAN_ID), string(task, PlanVariables.PLAN_TITLE),
                        string(task, PlanVariables.DECISION_NUMBER), string(task, PlanVariables.AGENCY_ID),
                        string(task, PlanVariables.TASK_TEXT), string(task, PlanVariables.COMMENT), task.getId());
            }
        };
    }

    @Bean
    TaskListener commentRequest(WorkNotices notices, PlanComments comments) {
        return task -> {
            if (Boolean.TRUE.equals(task.getVariable(PlanVariables.APPROVED))) {
                List<String> agencies = comments.agencies(task.getExecution());
                if (!agencies.isEmpty()) {
                    notices.commentRequested(string(task, PlanVariables.PLAN_ID),
                            string(task, PlanVariables.PLAN_TITLE), agencies,
                            commentDeadline(string(task, PlanVariables.COMMENT_DEADLINE_AT)), task.getId());
                }
            }
        };
    }

    /**
     * {@code ${reviewDecision}}: the one listener of every review step in the diagrams deployed before the steps had
     * their own (it picks the step's side effect by its id); kept so that reviews started then can be completed.
     * New versions do not use it.
     */
    @Bean
    TaskListener reviewDecision(TaskListener resultReturnNotice, TaskListener commentRequest) {
        return task -> {
            decide(task);
            if (RESULT_REVIEW.equals(task.getTaskDefinitionKey())) {
                resultReturnNotice.notify(task);
            } else if (DRAFT_REVIEW.equals(task.getTaskDefinitionKey())) {
                commentRequest.notify(task);
            }
        };
    }

    /** The decision and, for a return, its reason and history; refuses a step completed without them. */
    static void decide(DelegateTask task) {
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
        }
    }

    /** The steps the earlier diagrams' {@code ${reviewDecision}} told apart by id. */
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
