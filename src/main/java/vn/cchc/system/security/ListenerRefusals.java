package vn.cchc.system.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.shared.FormRefusal;
import vn.cchc.shared.UserInputException;

/**
 * A form the process's own code refuses reaches every caller of the engine as that refusal, not as an engine
 * failure. A task listener's {@link UserInputException} comes out of the engine wrapped twice (the delegate
 * expression's "Exception while invoking TaskListener: …", then {@code ENGINE-03051}), a plain
 * {@code ProcessEngineException} — which the engine REST API answers with 500 when a form is submitted or a task
 * completed. Here the command the caller sent (the outermost one) is given, instead of that failure:
 * <ul>
 * <li>for a form command (completing a task, submitting a task or start form, starting a process): a
 * {@link FormRefusal}, the engine's form-validation failure carrying the refusal, which the REST API answers with
 * 400 (the Tasklist shows its message under the form);</li>
 * <li>for any other command (claiming a task, correlating a message…): the {@link UserInputException} itself, a
 * {@code BadUserRequestException}, which the REST API answers with 400 on every other resource.</li>
 * </ul>
 * The failure still ends the command, so its transaction is rolled back and the task stays open. Inside the command
 * context, so the engine's own error record of the command is of the {@link FormRefusal} (which
 * {@code system.RefusalLogging} turns into one line). {@link EngineMessages} is told the refusal ({@link RefusalSlot})
 * to put its field and code in the HTTP answer.
 */
@Component
class ListenerRefusals extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerRefusals.class);
    /** Causes looked through: the engine wraps a listener's exception twice, a nested command a few times more. */
    private static final int DEPTH = 20;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired()
                == null ? List.of() : configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new Unwrap());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }

    /** Only the outermost command: the one a caller sent. Commands run inside it fail into it unchanged. */
    private static final class Unwrap extends CommandInterceptor {

        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] level = depth.get();
            level[0]++;
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                throw level[0] == 1 ? refusalOf(command, failure) : failure;
            } finally {
                level[0]--;
            }
        }
    }

    /** What the caller of {@code command} gets for {@code failure}: the refusal it holds, or the failure itself. */
    static RuntimeException refusalOf(Command<?> command, RuntimeException failure) {
        UserInputException refusal = find(failure);
        if (refusal == null) {
            return failure;
        }
        RefusalSlot.record(refusal);
        if (isForm(command)) {
            return failure instanceof FormRefusal form && form.refusal() == refusal ? form : new FormRefusal(refusal);
        }
        if (failure != refusal) {
            // the engine logs a BadUserRequestException at DEBUG only: the one line RefusalLogging writes for a form
            LOG.info("{} refused ({}, {}): {}", command.getClass().getSimpleName(), refusal.code(), refusal.field(),
                    refusal.getMessage());
        }
        return refusal;
    }

    static boolean isForm(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd
                || command instanceof SubmitStartFormCmd;
    }

    private static UserInputException find(Throwable failure) {
        Throwable t = failure;
        for (int i = 0; t != null && i < DEPTH; t = t.getCause(), i++) {
            if (t instanceof UserInputException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
