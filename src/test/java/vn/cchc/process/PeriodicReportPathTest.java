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
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * The paths of {@code periodicReport} and {@code provinceReport} (bpmn/periodic-report.bpmn) with their delegates
 * replaced: the agency's report goes draft → head → SNV with returns at each level and the follow-up beside it,
 * a period already closed when the plan was deployed is not followed up, and the province report is compiled again
 * on request and returned by the leader. The steps' own work is tested on the application:
 * {@code vn.cchc.reporting.*Test}.
 */
class PeriodicReportPathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        TaskListener quiet = task -> { };
        Mocks.register("reportPrefill", (JavaDelegate) execution -> calls.add("prefill"));
        Mocks.register("reportDraftCheck", quiet);
        Mocks.register("agencyHeadAssignment", (TaskListener) task -> task.setAssignee("ld.so-y-te"));
        Mocks.register("reviewDecided", quiet);
        Mocks.register("reportTransitions", new Transitions());
        Mocks.register("provinceReportCompilation", (JavaDelegate) execution -> calls.add("compile"));
        Mocks.register("provinceReportEdited", quiet);
        Mocks.register("provinceReportSigned", (org.camunda.bpm.engine.delegate.ExecutionListener)
                execution -> calls.add("signed"));
        PathSupport.followUpWaits();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    public final class Transitions {
        public void sent(DelegateExecution execution) {
            calls.add("sent");
        }

        public void returned(DelegateExecution execution) {
            calls.add("returned");
        }

        public void accepted(DelegateExecution execution) {
            calls.add("accepted");
        }
    }


    @Test
    @Deployment(resources = {"bpmn/periodic-report.bpmn", "bpmn/follow-up.bpmn"})
    void aReportReturnedByTheHeadAndBySnvIsAcceptedAndItsFollowUpEnds() {
        ProcessInstance pi = startReport(false);
        Jobs.run(engine, pi, "cutOffPassed");
        assertThat(calls).containsExactly("prefill");
        assertThat(Jobs.runAt(engine, pi, "reportAlerts")).isEqualTo(1);
        assertThat(followUpsOf(engine, pi.getId())).isEqualTo(1);

        Task draft = task(engine, pi.getId(), "prepareReport");
        assertThat(candidateGroups(engine, draft)).containsExactly("so-y-te");
        complete(engine, draft, Map.of());
        Task head = task(engine, pi.getId(), "approveReport");
        assertThat(head.getAssignee()).isEqualTo("ld.so-y-te");
        complete(engine, head, Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "prepareReport"), Map.of());
        complete(engine, task(engine, pi.getId(), "approveReport"), Map.of("approved", true));
        assertThat(calls).containsExactly("prefill", "sent");

        Task review = task(engine, pi.getId(), "reviewReport");
        assertThat(candidateGroups(engine, review)).containsExactly("snv-specialist");
        complete(engine, review, Map.of("approved", false));
        assertThat(calls).containsExactly("prefill", "sent", "returned");
        complete(engine, task(engine, pi.getId(), "prepareReport"), Map.of());
        complete(engine, task(engine, pi.getId(), "approveReport"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "reviewReport"), Map.of("approved", true));

        assertThat(calls).containsExactly("prefill", "sent", "returned", "sent", "accepted");
        assertThat(Jobs.ended(engine, pi)).isTrue();
        assertThat(followUpsOf(engine, pi.getId())).as("the accepted report ends its follow-up").isZero();
    }

    @Test
    @Deployment(resources = {"bpmn/periodic-report.bpmn", "bpmn/follow-up.bpmn"})
    void aPeriodAlreadyClosedWhenThePlanWasDeployedIsReportedButNotFollowedUp() {
        ProcessInstance pi = startReport(true);
        Jobs.run(engine, pi, "cutOffPassed");

        assertThat(followUpsOf(engine, pi.getId())).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("pastPeriodNotFollowed").finished().count()).isEqualTo(1);
        assertThat(task(engine, pi.getId(), "prepareReport")).isNotNull();
    }

    @Test
    @Deployment(resources = {"bpmn/periodic-report.bpmn", "bpmn/follow-up.bpmn"})
    void theProvinceReportIsCompiledAgainOnRequestAndSignedAfterALeadersReturn() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("provinceReport", "KH-1:Q1",
                Map.of("agenciesDueAt", new Date(), "provinceDueAt", new Date()));
        Jobs.run(engine, pi, "agencyDeadlinePassed");
        Jobs.run(engine, pi, "compileProvinceReport");
        complete(engine, task(engine, pi.getId(), "reviewProvinceReport"), Map.of("recompile", "true"));
        Jobs.run(engine, pi, "compileProvinceReport");
        assertThat(calls).containsExactly("compile", "compile");

        complete(engine, task(engine, pi.getId(), "reviewProvinceReport"), Map.of("recompile", "false"));
        Task sign = task(engine, pi.getId(), "signProvinceReport");
        assertThat(candidateGroups(engine, sign)).containsExactly("ubnd-leader");
        complete(engine, sign, Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "reviewProvinceReport"), Map.of("recompile", "false"));
        complete(engine, task(engine, pi.getId(), "signProvinceReport"), Map.of("approved", true));

        assertThat(calls).containsExactly("compile", "compile", "signed");
        assertThat(Jobs.ended(engine, pi)).isTrue();
    }

    private ProcessInstance startReport(boolean periodClosedBeforePlan) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("agencyId", "so-y-te");
        vars.put("opensAt", new Date());
        vars.put("dueAt", new Date(System.currentTimeMillis() + 86_400_000L * 10));
        vars.put("periodClosedBeforePlan", periodClosedBeforePlan);
        vars.put("reportId", "KH-1:Q1:so-y-te");
        return engine.getRuntimeService().startProcessInstanceByKey("periodicReport", "KH-1:Q1:so-y-te", vars);
    }




}
