package vn.cchc.reporting.alerts;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.par.ParIndexProperties;

/** Reads the facts of a {@code deadlineAlerts} instance's subject from the subject's process instance. */
@Component
class DeadlineSubjects {

    private final AgencyDirectory directory;
    private final ParIndexProperties par;

    DeadlineSubjects(AgencyDirectory directory, ParIndexProperties par) {
        this.directory = directory;
        this.par = par;
    }

    DeadlineFacts read(DelegateExecution execution, LocalDate due) {
        DeadlineSubject subject = DeadlineSubject.valueOf(text(execution.getVariable(DeadlineAlertVariables.SUBJECT)));
        String subjectId = text(execution.getVariable(DeadlineAlertVariables.SUBJECT_INSTANCE_ID));
        String agencyId = text(execution.getVariable(DeadlineAlertVariables.AGENCY_ID));
        String area = text(execution.getVariable(DeadlineAlertVariables.AREA));
        ProcessEngineServices engine = execution.getProcessEngineServices();
        RuntimeService runtime = engine.getRuntimeService();
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(subjectId).count() == 1;
        List<String> active = running ? runtime.getActiveActivityIds(subjectId) : List.of();
        boolean owed = subject.owedAt().stream().anyMatch(active::contains);
        Map<String, Object> vars = running ? runtime.getVariables(subjectId) : Map.of();
        return new DeadlineFacts(subject, execution.getProcessBusinessKey(), agencyId,
                text(vars.get(DeadlineAlertVariables.PLAN_ID)), area, due, owed,
                owed ? openTask(engine, subject, subjectId, agencyId) : null, facts(subject, vars, active, area));
    }

    private static String openTask(ProcessEngineServices engine, DeadlineSubject subject, String subjectId,
                                   String agencyId) {
        TaskQuery query = engine.getTaskService().createTaskQuery().processInstanceId(subjectId)
                .taskDefinitionKeyIn(subject.taskKeys().toArray(String[]::new));
        if (subject == DeadlineSubject.PAR_APPRAISAL) {
            query = query.taskCandidateGroup(agencyId).includeAssignedTasks();
        }
        return query.list().stream().findFirst().map(Task::getId).orElse(null);
    }

    private Map<String, Object> facts(DeadlineSubject subject, Map<String, Object> vars, List<String> active,
                                      String area) {
        Map<String, Object> facts = new HashMap<>();
        switch (subject) {
            case REPORT -> {
                facts.put("periodTitle", text(vars.get("periodTitle")));
                facts.put("planTitle", text(vars.get("planTitle")));
                facts.put("cutOffText", text(vars.get("cutOffText")));
                facts.put("opened", !active.contains("cutOffPassed"));
                facts.put("waitingForHead", active.contains("approveReport"));
                if (vars.get("opensAt") instanceof Date opensAt) {
                    facts.put("opensOn", DueDates.format(LocalDate.ofInstant(opensAt.toInstant(), DueDates.ZONE)));
                }
            }
            case REMEDIATION -> {
                facts.put("findingText", text(vars.get("findingText")));
                facts.put("visitDate", text(vars.get("visitDateText")));
            }
            case INSPECTION_SELF_REPORT -> facts.put("visitDate", text(vars.get("visitDateText")));
            case PAR_SELF_ASSESSMENT, PAR_APPRAISAL -> {
                Object year = vars.get("planYear");
                facts.put("planYear", year instanceof Number n ? String.valueOf(n.intValue()) : text(year));
                String assessed = text(vars.get("agencyId"));
                facts.put("assessedAgencyName", directory.byId(assessed).map(Agency::name).orElse(assessed));
                if (area != null) {
                    facts.put("criteria", par.ofArea(area).stream().map(c -> c.id() + " " + c.name())
                            .collect(Collectors.joining("; ")));
                }
            }
        }
        return facts;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
