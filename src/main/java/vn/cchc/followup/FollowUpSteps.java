package vn.cchc.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;

/**
 * Reads a {@code followUp} instance: its inputs ({@link FollowUpVariables}) and, for "is the step still owed" and the
 * link, the open user tasks of the caller among those the caller named ({@code followUpTasks}). It never reads the
 * caller's variables.
 */
@Component
class FollowUpSteps {

    private static final Set<String> INPUTS = Set.of(FollowUpVariables.KIND, FollowUpVariables.AGENCY_ID,
            FollowUpVariables.DUE_AT, FollowUpVariables.TASKS, FollowUpVariables.REF, FollowUpVariables.PART,
            FollowUpVariables.PLAN_ID, FollowUpVariables.ASSIGNMENT_ID, FollowUpVariables.CHECKPOINT_YEAR,
            ReminderVariables.NEXT_ALERT, ReminderVariables.FOLLOWED_DUE, ReminderVariables.FOLLOWED_PERIOD,
            LadderStep.VARIABLE);

    static DelegateExecution instance(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessInstance();
    }

    /**
     * The day followed: the checkpoint watched ({@link ReminderVariables#FOLLOWED_DUE}, an ongoing or recurring
     * assignment), else the input due date.
     */
    static LocalDate due(DelegateExecution execution) {
        Object checkpoint = instance(execution).getVariable(ReminderVariables.FOLLOWED_DUE);
        return checkpoint instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE) : inputDue(execution);
    }

    /** The input due day: from a {@link Date}, or an ISO date-time text (the plan's {@code commentDeadlineAt}). */
    static LocalDate inputDue(DelegateExecution execution) {
        Object due = instance(execution).getVariable(FollowUpVariables.DUE_AT);
        if (due instanceof String iso && !iso.isBlank()) {
            return iso.length() > 10 ? OffsetDateTime.parse(iso).atZoneSameInstant(DueDates.ZONE).toLocalDate()
                    : LocalDate.parse(iso);
        }
        return due instanceof Date d ? LocalDate.ofInstant(d.toInstant(), DueDates.ZONE) : null;
    }

    static FollowUpKind kind(DelegateExecution execution) {
        return FollowUpKind.valueOf(String.valueOf(instance(execution).getVariable(FollowUpVariables.KIND)));
    }

    FollowedStep read(DelegateExecution execution) {
        ExecutionEntity instance = (ExecutionEntity) instance(execution);
        Map<String, Object> vars = instance.getVariablesLocal();
        String agencyId = text(vars.get(FollowUpVariables.AGENCY_ID));
        List<String> stepTasks = Arrays.stream(String.valueOf(vars.getOrDefault(FollowUpVariables.TASKS, ""))
                .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        ExecutionEntity caller = instance.getSuperExecution();
        Task open = null;
        boolean owed = true;
        if (caller != null) {
            TaskService tasks = execution.getProcessEngineServices().getTaskService();
            List<Task> callerTasks = tasks.createTaskQuery().processInstanceId(caller.getProcessInstanceId()).list();
            List<Task> ofStep = callerTasks.stream().filter(t -> stepTasks.contains(t.getTaskDefinitionKey()))
                    .toList();
            if (ofStep.size() > 1) { // parallel steps (PAR areas): the one the agency holds
                List<String> ids = tasks.createTaskQuery().processInstanceId(caller.getProcessInstanceId())
                        .taskCandidateGroup(agencyId).includeAssignedTasks().list().stream().map(Task::getId).toList();
                ofStep = ofStep.stream().filter(t -> ids.contains(t.getId())).toList();
            }
            open = ofStep.isEmpty() ? null : ofStep.get(0);
            owed = open != null || callerTasks.isEmpty();
        }
        Map<String, Object> facts = new HashMap<>();
        vars.forEach((name, value) -> {
            if (!INPUTS.contains(name)) {
                facts.put(name, value instanceof Date d
                        ? DueDates.format(LocalDate.ofInstant(d.toInstant(), DueDates.ZONE)) : value);
            }
        });
        return new FollowedStep(FollowUpKind.valueOf(text(vars.get(FollowUpVariables.KIND))),
                instance.getProcessBusinessKey(), text(vars.get(FollowUpVariables.REF)),
                text(vars.get(FollowUpVariables.PART)), agencyId, text(vars.get(FollowUpVariables.PLAN_ID)),
                due(execution), owed, open == null ? null : open.getId(),
                open == null ? null : open.getTaskDefinitionKey(), facts);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
