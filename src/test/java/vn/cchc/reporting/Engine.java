package vn.cchc.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.cchc.shared.DueDates;

/** Test helpers: the engine clock in Vietnam time, due jobs run by hand, tasks completed as a given user. */
public final class Engine {

    private final ProcessEngine engine;

    public Engine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Moves the engine clock to 09:00 of the day in Vietnam. */
    public static void clock(LocalDate day) {
        ClockUtil.setCurrentTime(at(day.atTime(9, 0)));
    }

    public static Date at(LocalDateTime time) {
        return Date.from(time.atZone(DueDates.ZONE).toInstant());
    }

    /**
     * Runs every job due by the engine clock in the process instances whose variable {@code name} is {@code value}
     * (the job executor is off; other tests' instances are left alone), until none is left.
     */
    public void runDueJobs(String name, Object value) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(name, value)
                    .list().stream()
                    .flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                            .executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep being created");
    }

    public ProcessInstance byKey(String processKey, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    public Task task(ProcessInstance pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    public void complete(Task task, String user, List<String> groups, Map<String, Object> vars) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), vars);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public static Map<String, Object> decision(boolean approved, String comment) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("approved", approved);
        vars.put("comment", comment);
        return vars;
    }
}
