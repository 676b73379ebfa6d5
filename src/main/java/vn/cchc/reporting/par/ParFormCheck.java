package vn.cchc.reporting.par;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${parFormCheck}} (complete of the PAR Index form steps): hands the score sheet to the step that checks and
 * records it. A listener bean rather than a method expression, so a refusal reaches Tasklist as the plain
 * Vietnamese message.
 */
@Component("parFormCheck")
class ParFormCheck implements TaskListener {

    private final ParSteps steps;

    ParFormCheck(ParSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "selfAssess" -> steps.selfAssessed(task);
            case "appraiseArea" -> steps.appraised(task);
            default -> throw new IllegalStateException("no form check for " + task.getTaskDefinitionKey());
        }
    }
}
