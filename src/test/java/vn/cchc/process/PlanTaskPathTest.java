package vn.cchc.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.process.PathSupport.candidateGroups;
import static vn.cchc.process.PathSupport.complete;
import static vn.cchc.process.PathSupport.followUpsOf;
import static vn.cchc.process.PathSupport.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code planTask} (bpmn/plan-task.bpmn) with its delegates replaced: the agency's result returned by
 * SNV and accepted, an ongoing task recording its periods until the year is recorded, the follow-up called beside the
 * work (asynchronously, so deploying a plan writes one job per assignment), called again when the due date moves,
 * and a task without a date waiting for SNV's date or the event. The steps' own work (schedule, catch-up, e-mails,
 * status) is tested on the application: {@code vn.cchc.followup.*Test}, {@code vn.cchc.plan.*Test}.
 */
class PlanTaskPathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();
    private boolean dated = true;
    private int periodsToRecord;

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        TaskListener quiet = task -> { };
        Mocks.register("resultSubmission", quiet);
        Mocks.register("taskFollowUp", quiet);
        Mocks.register("resultAttachmentLinks", quiet);
        Mocks.register("reviewDecided", quiet);
        Mocks.register("resultReturnNotice", (TaskListener) task -> calls.add("result checked "
                + task.getVariable("approved")));
        Mocks.register("checkpointProgress", (JavaDelegate) execution -> {
            periodsToRecord--;
            calls.add("period recorded");
            execution.setVariable("allPeriodsRecorded", periodsToRecord == 0);
        });
        Mocks.register("assignmentCompletion", (ExecutionListener) execution -> calls.add("completed"));
        Mocks.register("dueDateChange", (JavaDelegate) execution -> calls.add("due date changed"));
        Mocks.register("eventDeadline", (JavaDelegate) execution -> calls.add("event deadline"));
        Mocks.register("followUpPlanning", (JavaDelegate) execution -> {
            calls.add("follow-up planned for " + execution.getVariable("followUpAgencyId"));
            execution.setVariable("nextAlert", dated ? "X" : null);
        });
        Mocks.register("followUpTime", new PathSupport.Later());
        Mocks.register("followUpLadderStep", (ExecutionListener) execution -> { });
        Mocks.register("followUpDispatch", (JavaDelegate) execution -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    @Deployment(resources = {"bpmn/plan-task.bpmn", "bpmn/follow-up.bpmn"})
    void theResultReturnedBySnvIsDoneAgainThenAcceptedAndTheFollowUpEndsWithTheTask() {
        ProcessInstance pi = start();
        assertThat(followUpsOf(engine, pi.getId())).as("the follow-up is called asynchronously").isZero();
        Jobs.run(engine, pi, "followUpDueDate");
        assertThat(followUpsOf(engine, pi.getId())).isEqualTo(1);

        Task work = task(engine, pi.getId(), "executeTask");
        assertThat(candidateGroups(engine, work)).containsExactly("so-y-te");
        complete(engine, work, Map.of());
        Task check = task(engine, pi.getId(), "acceptResult");
        assertThat(candidateGroups(engine, check)).containsExactly("snv-specialist");
        complete(engine, check, Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "executeTask"), Map.of());
        complete(engine, task(engine, pi.getId(), "acceptResult"), Map.of("approved", true));

        assertThat(calls).containsSubsequence("result checked false", "result checked true", "completed");
        assertThat(Jobs.ended(engine, pi)).isTrue();
        assertThat(followUpsOf(engine, pi.getId())).isZero();
    }

    @Test
    @Deployment(resources = {"bpmn/plan-task.bpmn", "bpmn/follow-up.bpmn"})
    void anOngoingTaskRecordsEachPeriodAndGoesToSnvWhenTheYearIsRecorded() {
        periodsToRecord = 2;
        ProcessInstance pi = start();
        Jobs.run(engine, pi, "followUpDueDate");

        complete(engine, task(engine, pi.getId(), "executeTask"), Map.of("progressOnly", true));
        assertThat(task(engine, pi.getId(), "executeTask")).as("one period of two: the task stays with the agency")
                .isNotNull();
        complete(engine, task(engine, pi.getId(), "executeTask"), Map.of("progressOnly", true));

        assertThat(calls).containsSubsequence("period recorded", "period recorded");
        assertThat(task(engine, pi.getId(), "acceptResult")).isNotNull();
        assertThat(followUpsOf(engine, pi.getId())).isEqualTo(1);
    }

    @Test
    @Deployment(resources = {"bpmn/plan-task.bpmn", "bpmn/follow-up.bpmn"})
    void aNewDueDateCancelsTheFollowUpAndCallsItAgainWhileTheWorkGoesOn() {
        ProcessInstance pi = start();
        Jobs.run(engine, pi, "followUpDueDate");
        String first = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult().getId();
        String workId = task(engine, pi.getId(), "executeTask").getId();

        engine.getRuntimeService().createMessageCorrelation("dueDateChanged").processInstanceId(pi.getId())
                .correlate();
        assertThat(calls).contains("due date changed");
        Jobs.run(engine, pi, "followUpDueDate");

        List<ProcessInstance> followUps = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).list();
        assertThat(followUps).singleElement().satisfies(f -> assertThat(f.getId()).isNotEqualTo(first));
        assertThat(task(engine, pi.getId(), "executeTask").getId()).as("the agency's task is not touched")
                .isEqualTo(workId);
    }

    @Test
    @Deployment(resources = {"bpmn/plan-task.bpmn", "bpmn/follow-up.bpmn"})
    void aTaskWithoutADateWaitsForTheEventThenIsFollowedUpOnTheComputedDate() {
        dated = false;
        ProcessInstance pi = start();
        Jobs.run(engine, pi, "followUpDueDate");
        Jobs.runAll(engine, pi);
        assertThat(followUpsOf(engine, pi.getId())).as("nothing to follow without a date").isZero();
        assertThat(waitingIn(pi, "waitForDueDate")).as("waiting for SNV's date or the event").isTrue();

        dated = true;
        engine.getRuntimeService().createMessageCorrelation("deadlineEventOccurred").processInstanceId(pi.getId())
                .correlate();
        Jobs.run(engine, pi, "followUpDueDate");

        assertThat(calls).contains("event deadline");
        assertThat(followUpsOf(engine, pi.getId())).isEqualTo(1);
        assertThat(waitingIn(pi, "waitForDueDate")).isFalse();
        assertThat(task(engine, pi.getId(), "executeTask")).isNotNull();
    }

    private boolean waitingIn(ProcessInstance pi, String activityId) {
        return engine.getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .activityId(activityId).count() > 0;
    }

    private ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("agencyId", "so-y-te");
        vars.put("agencyName", "Sở Y tế");
        vars.put("planId", "KH-1");
        vars.put("planYear", 2026);
        vars.put("dueDate", new Date(System.currentTimeMillis() + 86_400_000L * 30));
        return engine.getRuntimeService().startProcessInstanceByKey("planTask", "KH-1:1:so-y-te", vars);
    }




}
