package vn.cchc.system;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * History level {@code audit} (same name and id, so existing databases keep working) without two kinds of rows that
 * nobody reads and that cost the most in the two bursts the system lives through (docs/benchmarks.md):
 * <ul>
 * <li>the history of a {@code planTask}'s copies of its plan item's texts (plan title, task, product, deadline
 * phrase, parent task, objective…), written once per assignment at deployment: the item itself, with its amendments, is in
 * {@code cchc_plan_item} and {@code cchc_plan_amendment};</li>
 * <li>the history of what a {@code planTask} keeps only for the Tasklist's card and form, derived from rows of the
 * application: the status line ({@code statusText}, from {@code cchc_assignment}, rewritten by the daily refresh),
 * the files page's address and the list of files ({@code cchc_result_file}), and the {@code checkpoints} flag (the
 * item's deadline kind); and the {@code planTask}'s start event and fork, which every instance passes at the same
 * moment as its start (the process instance's own history row) — about a fifth of the rows a deployment writes;</li>
 * <li>the follow-up's own steps (process {@code followUp}, which every deadline calls, plan tasks included) and its
 * {@code nextAlert} variable, written at every reminder, and the copies of those texts passed in to it: every
 * reminder sent is in the outbox {@code cchc_notification}, with its recipients and delivery.</li>
 * </ul>
 * Everything else — the process, the agency's and SNV's tasks, the other activities and variables (results,
 * decisions, comments, due dates) — keeps its audit history.
 */
@Component
class CchcAuditHistory extends AbstractProcessEnginePlugin {

    static final String PLAN_TASK = "planTask:";
    static final String FOLLOW_UP = "followUp:";
    static final Set<String> COPIED_FROM_ITEM = Set.of("planTitle", "decisionNumber", "agencyName", "taskText",
            "product", "deadlineText", "coordinators", "parentTask", "objective", "dueDateText");
    static final Set<String> REMINDER_LOOP = Set.of("followUpStarted", "planAlerts", "hasNextAlert", "alertDue",
            "whichStep", "remindBeforeDue", "markOverdue", "tellAgencyHead", "tellSnv", "tellUbndLeader",
            "repeatReminder", "replanAlerts", "alertsOver");
    static final String LOOP_VARIABLE = "nextAlert";
    static final Set<String> CARD_AND_FORM = Set.of("statusText", "attachmentsPath", "attachmentsList", "checkpoints");
    static final Set<String> PLAN_TASK_START = Set.of("taskAssigned", "forkAlerts");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(List.of(new Level()));
    }

    static final class Level extends HistoryLevelAudit {

        @Override
        public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
            return super.isHistoryEventProduced(type, entity) && !skipped(type, entity);
        }

        private static boolean skipped(HistoryEventType type, Object entity) {
            if (entity instanceof VariableInstanceEntity variable && isVariableEvent(type)) {
                String definition = variable.getProcessDefinitionId();
                return LOOP_VARIABLE.equals(variable.getName()) || definition != null
                        && ((definition.startsWith(PLAN_TASK) || definition.startsWith(FOLLOW_UP))
                        && COPIED_FROM_ITEM.contains(variable.getName())
                        || definition.startsWith(PLAN_TASK) && CARD_AND_FORM.contains(variable.getName()));
            }
            if (entity instanceof ExecutionEntity execution && isActivityEvent(type)) {
                String definition = execution.getProcessDefinitionId();
                return definition != null && (definition.startsWith(FOLLOW_UP)
                        && REMINDER_LOOP.contains(execution.getActivityId())
                        || definition.startsWith(PLAN_TASK) && PLAN_TASK_START.contains(execution.getActivityId()));
            }
            return false;
        }

        private static boolean isVariableEvent(HistoryEventType type) {
            return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
                    || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
                    || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
        }

        private static boolean isActivityEvent(HistoryEventType type) {
            return type == HistoryEventTypes.ACTIVITY_INSTANCE_START || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
        }
    }
}
