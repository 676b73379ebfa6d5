package vn.cchc.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code followUp} (bpmn/follow-up.bpmn) on a plain in-memory engine with its delegates replaced: which
 * named step of the ladder runs for which ladder step the schedule chose, that each step loops back to the next
 * planned alert, that "replan" plans again and that no alert left ends the follow-up. What the steps do (the
 * schedule, catch-up, the e-mails) is tested on the real application: {@code vn.cchc.followup.*Test}.
 */
class FollowUpPathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final Deque<String> plannedSteps = new ArrayDeque<>();
    private final List<String> dispatched = new ArrayList<>();
    private int plannings;

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        JavaDelegate planning = execution -> {
            plannings++;
            execution.setVariable("nextAlert", plannedSteps.isEmpty() ? null : plannedSteps.peek());
        };
        ExecutionListener ladderStep = execution -> execution.setVariable("ladderStep", plannedSteps.poll());
        JavaDelegate dispatch = execution -> {
            dispatched.add(execution.getCurrentActivityName());
            execution.setVariable("nextAlert", plannedSteps.isEmpty() ? null : plannedSteps.peek());
        };
        Mocks.register("followUpPlanning", planning);
        Mocks.register("followUpLadderStep", ladderStep);
        Mocks.register("followUpDispatch", dispatch);
        Mocks.register("followUpTime", new AlertTimeDouble());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    /** The timer's date: "now", so the test fires it by running the job. */
    public static final class AlertTimeDouble {
        public Date of(DelegateExecution timer) {
            return new Date();
        }
    }

    @Test
    @Deployment(resources = "bpmn/follow-up.bpmn")
    void eachLadderStepRunsItsNamedStepInTheOrderPlanned() {
        plannedSteps.addAll(List.of("BEFORE_DUE", "OVERDUE", "HEAD", "SNV", "UBND", "REPEAT"));
        ProcessInstance pi = start();

        Jobs.runAll(engine, pi);

        assertThat(dispatched).containsExactly("Nhắc trước hạn", "Quá hạn", "Báo lãnh đạo đơn vị", "Báo Sở Nội vụ",
                "Báo lãnh đạo UBND", "Nhắc lại hằng tuần");
        assertThat(Jobs.ended(engine, pi)).isTrue();
        assertThat(Jobs.endActivity(engine, pi)).isEqualTo("alertsOver");
    }

    @Test
    @Deployment(resources = "bpmn/follow-up.bpmn")
    void replanPlansAgainWithoutSendingAnything() {
        plannedSteps.addAll(List.of("REPLAN", "OVERDUE"));
        ProcessInstance pi = start();

        Jobs.runAll(engine, pi);

        assertThat(plannings).isEqualTo(2);
        assertThat(dispatched).containsExactly("Quá hạn");
        assertThat(Jobs.ended(engine, pi)).isTrue();
    }

    @Test
    @Deployment(resources = "bpmn/follow-up.bpmn")
    void aStepWithNothingToFollowEndsAtOnceWithoutATimer() {
        ProcessInstance pi = start();

        Jobs.runAll(engine, pi);

        assertThat(plannings).isEqualTo(1);
        assertThat(dispatched).isEmpty();
        assertThat(Jobs.endActivity(engine, pi)).isEqualTo("alertsOver");
    }

    /**
     * The caller's transaction stays short: every call activity that calls {@code followUp} enters it asynchronously,
     * so the follow-up's instance and its first planning run in a job of their own (one job per step with a deadline;
     * the planning itself is not asynchronous again, which for a province's 3,595 plan tasks would be 3,595 more jobs
     * competing with the deployment).
     */
    @Test
    void everyCallerEntersTheFollowUpAsynchronously() throws java.io.IOException {
        List<String> callers = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (org.camunda.bpm.model.bpmn.instance.CallActivity call : org.camunda.bpm.model.bpmn.Bpmn
                        .readModelFromFile(file.toFile())
                        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class)) {
                    if ("followUp".equals(call.getCalledElement())) {
                        callers.add(file.getFileName() + "#" + call.getId()
                                + (call.isCamundaAsyncBefore() ? "" : " (synchronous)"));
                    }
                }
            }
        }
        assertThat(callers).hasSizeGreaterThanOrEqualTo(7).noneMatch(c -> c.endsWith("(synchronous)"));
    }

    @Test
    @Deployment(resources = "bpmn/follow-up.bpmn")
    void theFirstPlanningRunsInTheTransactionThatEntersTheFollowUp() {
        plannedSteps.add("BEFORE_DUE");
        ProcessInstance pi = start();

        assertThat(plannings).isEqualTo(1);
        assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .activityId("alertDue").count()).isEqualTo(1);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("followUp", "KH-1:so-y-te",
                Map.of("followUpKind", "REPORT", "followUpAgencyId", "so-y-te"));
    }
}
