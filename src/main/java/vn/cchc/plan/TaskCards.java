package vn.cchc.plan;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Messages;

/**
 * The status line of an agency's task card in the Tasklist: the process variable {@link PlanVariables#STATUS_TEXT}
 * of its {@code planTask} instance, the assignment's status with the label the items page shows
 * ({@code followup.status.<NAME>}). The Tasklist can only show stored variables, so whoever stores an assignment's
 * status ({@link Assignments}) puts it on the card too, and a new task gets it at its start ({@link PlanTaskStarter}).
 * <p>
 * The variable is written by a command of its own on the instance's entity: inside a running engine command (a
 * timer, a listener of a task an official completes) it joins that command without the user's authorization checks
 * and without passing for a user's set-variable command ({@code EngineGuards}); outside one it runs as a command of
 * its own. An unchanged status writes nothing; an ended instance has no card.
 */
@Component
public class TaskCards {

    private final ObjectProvider<ProcessEngine> engine;
    private final Messages messages;

    TaskCards(ObjectProvider<ProcessEngine> engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    /** The card's text for {@code status}: its label on the items page. */
    public String text(AssignmentStatus status) {
        return messages.get(status.messageKey());
    }

    void show(String processInstanceId, AssignmentStatus status) {
        if (processInstanceId == null || status == null) {
            return;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(new ShowStatus(processInstanceId, text(status)));
    }

    private record ShowStatus(String instanceId, String text) implements Command<Void> {

        @Override
        public Void execute(CommandContext context) {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(instanceId);
            if (instance != null && !text.equals(instance.getVariableLocal(PlanVariables.STATUS_TEXT))) {
                instance.setVariableLocal(PlanVariables.STATUS_TEXT, text);
            }
            return null;
        }
    }
}
