package vn.cchc.plan;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Messages;

/**
 * The draft step's item list typed as JSON ({@code itemsJson} of the {@code draftPlan} form) is checked before the
 * engine runs the completion, in front of the engine's command context: a typing mistake is a form validation error
 * naming the field, with the hint to write the list in the table ({@code drafting.form.itemsRefused}), before any
 * work of the engine; the Tasklist and the REST API answer 400 and the log has one line. (Refused by
 * {@link DraftCompletion}, the task listener, it is 400 too since {@code system.security.ListenerRefusals}; it was
 * 500 when this check was written.) The listener still checks everything else, and this list again.
 */
@Component
class DraftFormCheck extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DraftFormCheck.class);

    private final ObjectProvider<ItemsJson> itemsJson;
    private final ObjectProvider<Messages> messages;

    DraftFormCheck(ObjectProvider<ItemsJson> itemsJson, ObjectProvider<Messages> messages) {
        this.itemsJson = itemsJson;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> pre = new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired()
                == null ? List.of() : configuration.getCustomPreCommandInterceptorsTxRequired());
        pre.add(new Check());
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    }

    private final class Check extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof SubmitTaskFormCmd) {
                check((String) field(SubmitTaskFormCmd.class, "taskId", command),
                        field(SubmitTaskFormCmd.class, "properties", command));
            } else if (command instanceof CompleteTaskCmd) {
                check((String) field(CompleteTaskCmd.class, "taskId", command),
                        field(CompleteTaskCmd.class, "variables", command));
            }
            return next.execute(command);
        }
    }

    private void check(String taskId, Object variables) {
        if (!(variables instanceof Map<?, ?> map)) {
            return;
        }
        Object json = value(map.get(PlanVariables.ITEMS_JSON));
        Integer year = year(value(map.get(PlanVariables.PLAN_YEAR)));
        if (!(json instanceof String text) || text.isBlank() || year == null) {
            return; // blank: the stored items are kept; no year: the listener names the missing field
        }
        List<String> problems;
        try {
            problems = itemsJson.getObject().check("", year, text).allProblems();
        } catch (PlanInputException e) {
            problems = e.problems();
        }
        if (!problems.isEmpty()) {
            LOG.info("Draft form of task {} refused ({} problems in the item list): {}", taskId, problems.size(),
                    problems.get(0));
            throw new FormFieldValidationException(PlanVariables.ITEMS_JSON,
                    messages.getObject().get("drafting.form.itemsRefused", String.join(" ", problems)));
        }
    }

    private static Object value(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static Integer year(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Engine commands keep their arguments in protected fields (as {@code EngineGuards} reads them). */
    private static Object field(Class<?> owner, String name, Object command) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine command " + owner.getName() + " has no field " + name, e);
        }
    }
}
