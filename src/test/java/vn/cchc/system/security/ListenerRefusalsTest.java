package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.shared.UserInputException;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A command other than a form (claiming a task, correlating a message…) ended by a refusal the engine wrapped gives
 * its caller the refusal itself — a bad request on the engine REST API's other resources — logged as one line.
 * (Forms: {@code system.EngineMessagesTest}.)
 */
@CchcIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ListenerRefusalsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void anotherCommandGivesTheRefusalUnwrapped(CapturedOutput output) {
        UserInputException refusal = UserInputException.field("assignee", "plan.form.missing", "Người thực hiện");
        // as the engine wraps what a task listener throws: the delegate expression's text, then ENGINE-03051
        Command<Void> listenerRefuses = context -> {
            throw new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener.",
                    new ProcessEngineException("Exception while invoking TaskListener: " + refusal.getMessage(),
                            refusal));
        };

        assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(listenerRefuses)).isSameAs(refusal);
        assertThat(output.getOut().lines().filter(l -> l.contains(" refused (plan.form.missing, assignee): "
                + refusal.getMessage()))).hasSize(1);
        assertThat(output.getOut()).doesNotContain("ENGINE-03051");
    }

    @Test
    void anyOtherFailurePassesUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        Command<Void> fails = context -> {
            throw new ProcessEngineException("wrapped", bug);
        };
        assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(fails)).hasMessage("wrapped").hasCause(bug);
    }
}
