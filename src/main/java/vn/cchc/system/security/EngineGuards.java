package vn.cchc.system.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.DeploymentQueryImpl;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmmn.entity.repository.CaseDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionRequirementsDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.filter.FilterQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Messages;
import vn.cchc.shared.UserInputException;

/**
 * Rules the engine enforces for every caller, whatever path a request came by (REST, the webapps' API, Java):
 * <ol>
 * <li><b>No expression in a query a caller sends.</b> The engine's own switch
 * ({@code enableExpressionsInAdhocQueries=false}) looks only at the top of a task query; expressions nested in
 * {@code orQueries}, or in the query that extends a stored filter ({@code filter/{id}/list}), were evaluated — the
 * known path to code execution on Camunda 7.24.0. Here every query a command carries is walked, or-queries
 * included. Stored filters (administrators only) keep their expressions.</li>
 * <li><b>Users set only what the step's form asks for.</b> Completing or submitting a task, or starting a
 * process, as an authenticated user other than an administrator may carry only the fields of that step's Camunda
 * Form ({@link StepForms}); a user never sets, patches or removes variables outside a form. So an official cannot
 * move {@code dueDate}, change {@code agencyId} or rewrite the plan references of their task: the process and
 * SNV's extension procedure own them. The fields take plain values (text, number, date, yes/no). The application's
 * own code runs without an engine user and is not concerned.</li>
 * <li><b>Comments stay on the user's own tasks</b> ({@link TaskComments}); the engine's own task attachments are
 * for administrators only, like the other engine commands no process here uses ({@link ClosedCommands}): result
 * files go through the task's files page.</li>
 * <li><b>A user's query reads a page</b> ({@code queryMaxResultsLimit}, the engine's own check), except the lists
 * only administrators make longer, which the webapps read whole.</li>
 * <li><b>A task is completed by one command at a time</b> ({@link OneCompletionAtATime}), for every caller.</li>
 * </ol>
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    static final String ADMIN_GROUP = SecurityConfiguration.ADMIN;
    private static final Logger LOG = LoggerFactory.getLogger(EngineGuards.class);
    private static final Set<ValueType> PLAIN_TYPES = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
            ValueType.SHORT, ValueType.DOUBLE, ValueType.NUMBER, ValueType.BOOLEAN, ValueType.DATE, ValueType.NULL);

    private final Messages messages;
    private final StepForms forms = StepForms.fromClasspath();
    private final TaskComments comments;
    private final ClosedCommands closed = new ClosedCommands();

    EngineGuards(Messages messages) {
        this.messages = messages;
        this.comments = new TaskComments(messages);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired()
                == null ? List.of() : configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new Guard());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = new ArrayList<>(
                configuration.getCustomPostBPMNParseListeners() == null ? List.of()
                        : configuration.getCustomPostBPMNParseListeners());
        listeners.add(forms);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * Checks the outermost command only: that is the one a caller sent. Commands the engine or the application's
     * listeners run inside it (on the same thread) are the process's own doing.
     */
    private final class Guard extends CommandInterceptor {

        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] level = depth.get();
            if (level[0]++ == 0) {
                try {
                    CommandContext context = Context.getCommandContext();
                    // first, before the guards below read the task
                    OneCompletionAtATime.lock(command, context);
                    refuseExpressions(command);
                    exemptAdministeredLists(command);
                    refuseFormOfNoTask(command, context);
                    if (context != null && isRestrictedUser(context)) {
                        closed.check(command, context);
                        checkVariables(command, context);
                        comments.check(command, context);
                    }
                } catch (RuntimeException refused) {
                    level[0]--;
                    throw refused;
                }
            }
            try {
                return next.execute(command);
            } finally {
                level[0]--;
            }
        }
    }

    /**
     * The form of a task that does not exist (done, or never there): the engine's command fails with a
     * NullPointerException (7.24), which the REST API answers with 500; it is the caller's 404.
     */
    private void refuseFormOfNoTask(Command<?> command, CommandContext context) {
        if (command instanceof GetDeployedTaskFormCmd && context != null) {
            Object taskId = field(GetDeployedTaskFormCmd.class, "taskId", command);
            if (context.getTaskManager().findTaskById((String) taskId) == null) {
                throw new NotFoundException(messages.get("engine.taskGone"));
            }
        }
    }

    // --- the query limit ---------------------------------------------------------------------------------------

    /**
     * Lists that only administrators make longer (the deployed definitions, deployments, filters) are read whole by
     * the webapps — Cockpit asks for every version of a process without paging — and are exempt from the engine's
     * limit on a user's queries ({@code queryMaxResultsLimit}); every list that users' work makes longer (tasks,
     * instances, variables, history, users, groups) stays limited.
     */
    private static void exemptAdministeredLists(Command<?> command) {
        if (command instanceof ProcessDefinitionQueryImpl || command instanceof DeploymentQueryImpl
                || command instanceof DecisionDefinitionQueryImpl
                || command instanceof DecisionRequirementsDefinitionQueryImpl
                || command instanceof CaseDefinitionQueryImpl || command instanceof FilterQueryImpl
                || command instanceof JobDefinitionQueryImpl) {
            ((AbstractQuery<?, ?>) command).disableMaxResultsLimit();
        }
    }

    // --- expressions -------------------------------------------------------------------------------------------

    private void refuseExpressions(Command<?> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd filter) {
            Object extending = field(AbstractExecuteFilterCmd.class, "extendingQuery", filter);
            if (extending instanceof AbstractQuery<?, ?> query) {
                refuseExpressions(query);
            }
        }
    }

    private void refuseExpressions(AbstractQuery<?, ?> top) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<AbstractQuery<?, ?>> pending = new ArrayList<>(List.of(top));
        while (!pending.isEmpty()) {
            AbstractQuery<?, ?> query = pending.remove(pending.size() - 1);
            if (seen.put(query, Boolean.TRUE) != null) {
                continue;
            }
            if (query.getExpressions() != null && !query.getExpressions().isEmpty()) {
                throw expressionRefused();
            }
            if (query instanceof TaskQueryImpl task && task.getQueries() != null) {
                pending.addAll(task.getQueries());
            }
        }
    }

    private BadUserRequestException expressionRefused() {
        return new BadUserRequestException(messages.get("security.expressionRefused"));
    }

    // --- variables ---------------------------------------------------------------------------------------------

    private static boolean isRestrictedUser(CommandContext context) {
        if (context.getAuthenticatedUserId() == null) {
            return false;
        }
        List<String> groups = context.getAuthenticatedGroupIds();
        return groups == null || !groups.contains(ADMIN_GROUP);
    }

    /** The values a form command carries (completing a task, submitting a form, starting a process); else null. */
    private static Object submittedVariables(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return field(CompleteTaskCmd.class, "variables", command);
        } else if (command instanceof SubmitTaskFormCmd) {
            return field(SubmitTaskFormCmd.class, "properties", command);
        } else if (command instanceof StartProcessInstanceCmd) {
            return ((ProcessInstantiationBuilderImpl) field(StartProcessInstanceCmd.class, "instantiationBuilder",
                    command)).getVariables();
        } else if (command instanceof SubmitStartFormCmd) {
            return field(SubmitStartFormCmd.class, "variables", command);
        }
        return null;
    }

    private void checkVariables(Command<?> command, CommandContext context) {
        Object submitted = submittedVariables(command);
        checkVariableNames(command, context, names(submitted));
        refuseValuesOtherThanPlain(command, context, submitted);
    }

    private void checkVariableNames(Command<?> command, CommandContext context, Collection<String> names) {
        if (command instanceof CompleteTaskCmd) {
            checkTaskFields(context, (String) field(CompleteTaskCmd.class, "taskId", command), names);
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTaskFields(context, (String) field(SubmitTaskFormCmd.class, "taskId", command), names);
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
                    field(StartProcessInstanceCmd.class, "instantiationBuilder", command);
            checkStartFields(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), names);
        } else if (command instanceof SubmitStartFormCmd) {
            checkStartFields(context, (String) field(SubmitStartFormCmd.class, "processDefinitionId", command), null,
                    names);
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof AbstractRemoveVariableCmd) {
            throw new AuthorizationException(messages.get("security.variablesOutsideForm"));
        }
    }

    private void checkTaskFields(CommandContext context, String taskId, Collection<String> names) {
        if (names.isEmpty() || taskId == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return; // the command itself answers "no such task"
        }
        Set<String> allowed = task.getProcessDefinitionId() == null ? Set.of()
                : forms.fieldsOf(definition(context, task.getProcessDefinitionId(), null).getKey(),
                task.getTaskDefinitionKey());
        refuseOthers(names, allowed);
    }

    private void checkStartFields(CommandContext context, String definitionId, String definitionKey,
                                  Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        ProcessDefinitionEntity definition = definition(context, definitionId, definitionKey);
        if (definition == null) {
            return;
        }
        String startId = definition.getInitial() == null ? null : definition.getInitial().getId();
        refuseOthers(names, forms.fieldsOf(definition.getKey(), startId));
    }

    private void refuseOthers(Collection<String> names, Set<String> allowed) {
        List<String> refused = names.stream().filter(name -> !allowed.contains(name)).sorted().toList();
        if (!refused.isEmpty()) {
            throw new AuthorizationException(messages.get("security.variableNotInForm", String.join(", ", refused)));
        }
    }

    /**
     * A form's fields are texts, numbers, dates and yes/no: a value of another type in a field the form does ask for
     * (bytes, a file, a serialized object, sent through the REST API) is refused with 400, one log line. Readers of
     * the fields (the next step's form, the reports) expect those types.
     */
    private void refuseValuesOtherThanPlain(Command<?> command, CommandContext context, Object variables) {
        if (!(variables instanceof Map<?, ?> map)) {
            return;
        }
        List<String> refused = map.entrySet().stream().filter(e -> !isPlain(e.getValue()))
                .map(e -> String.valueOf(e.getKey())).sorted().toList();
        if (!refused.isEmpty()) {
            throw RefusalSlot.refuse(LOG, command, context, new UserInputException(UserInputException.BAD_REQUEST,
                    List.of(UserInputException.Problem.of(refused.get(0), "security.fieldNotPlain",
                            String.join(", ", refused)))));
        }
    }

    private static boolean isPlain(Object value) {
        if (value instanceof TypedValue typed && typed.getType() != null) {
            return PLAIN_TYPES.contains(typed.getType());
        }
        Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
        return raw == null || raw instanceof String || raw instanceof Number || raw instanceof Boolean
                || raw instanceof java.util.Date;
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
        var cache = context.getProcessEngineConfiguration().getDeploymentCache();
        if (id != null) {
            return cache.findDeployedProcessDefinitionById(id);
        }
        return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
    }

    private static Collection<String> names(Object variables) {
        return variables instanceof Map<?, ?> map
                ? map.keySet().stream().map(String::valueOf).toList() : List.of();
    }

    /** Engine commands keep their arguments in protected fields; read one (tests fail loudly if a name changes). */
    static Object field(Class<?> owner, String name, Object command) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine command " + owner.getName() + " has no field " + name, e);
        }
    }

}
