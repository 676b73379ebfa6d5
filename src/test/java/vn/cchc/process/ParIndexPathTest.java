package vn.cchc.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.process.PathSupport.candidateGroups;
import static vn.cchc.process.PathSupport.complete;
import static vn.cchc.process.PathSupport.followUpsOf;
import static vn.cchc.process.PathSupport.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * The paths of {@code parIndex} and {@code parAssessment} (bpmn/par-index.bpmn) with their delegates replaced: each
 * agency self-assesses (followed up), then each reform area is appraised by its appraising agency (followed up,
 * in parallel), then the ranking is compiled, returned by the leader once and published. The steps' own work is
 * tested on the application: {@code vn.cchc.par*} tests.
 */
class ParIndexPathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        Mocks.register("parSelfAssessed", (TaskListener) task -> calls.add("self-assessed"));
        Mocks.register("parAreaAppraised", (TaskListener) task -> calls.add("appraised " + task.getVariable("area")));
        Mocks.register("reviewDecided", (TaskListener) task -> { });
        Mocks.register("parSteps", new ParSteps());
        PathSupport.followUpWaits();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    public final class ParSteps {
        public void open(DelegateExecution execution) {
            execution.setVariable("selfAssessmentDueAt", new Date(System.currentTimeMillis() + 86_400_000L * 10));
            execution.setVariable("appraisalDueAt", new Date(System.currentTimeMillis() + 86_400_000L * 20));
            calls.add("open");
        }

        public List<String> agencies(Object planId) {
            return List.of("so-y-te");
        }

        public String agencyName(Object agencyId) {
            return String.valueOf(agencyId);
        }

        public void prefill(DelegateExecution execution) {
            calls.add("prefill " + execution.getVariable("agencyId"));
        }

        public List<String> areas() {
            return List.of("AREA_1", "AREA_2");
        }

        public String appraiserOf(Object area) {
            return "AREA_1".equals(area) ? "so-tu-phap" : "so-noi-vu";
        }

        public List<Object> criteriaOf(Object area) {
            return List.of();
        }

        public void showArea(DelegateTask task) {
        }

        public void compile(DelegateExecution execution) {
            calls.add("compile");
        }

        public void published(DelegateExecution execution) {
            calls.add("published");
        }
    }

    @Test
    @Deployment(resources = {"bpmn/par-index.bpmn", "bpmn/follow-up.bpmn"})
    void selfAssessmentThenEachAreaAppraisedThenTheRankingReturnedOnceAndPublished() {
        ProcessInstance round = engine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2026",
                Map.of("planId", "KH-1", "planYear", 2026));
        ProcessInstance agency = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("parAssessment").singleResult();
        assertThat(agency.getBusinessKey()).isEqualTo("PAR-2026:so-y-te");
        assertThat(calls).containsExactly("open", "prefill so-y-te");

        Task self = task(engine, agency.getId(), "selfAssess");
        assertThat(candidateGroups(engine, self)).containsExactly("so-y-te");
        assertThat(followUpsOf(engine, agency.getId())).as("entered asynchronously").isZero();
        assertThat(Jobs.runAt(engine, agency, "selfAssessmentAlerts")).isEqualTo(1);
        assertThat(followUpsOf(engine, agency.getId())).isEqualTo(1);
        engine.getTaskService().complete(self.getId());

        List<Task> appraisals = engine.getTaskService().createTaskQuery().processInstanceId(agency.getId())
                .taskDefinitionKey("appraiseArea").list();
        assertThat(appraisals.stream().flatMap(t -> candidateGroups(engine, t).stream()))
                .containsExactlyInAnyOrder("so-tu-phap", "so-noi-vu");
        assertThat(Jobs.runAt(engine, agency, "appraisalAlerts")).isEqualTo(2);
        assertThat(followUpsOf(engine, agency.getId())).as("one follow-up per area appraisal").isEqualTo(2);
        engine.getTaskService().complete(appraisals.get(0).getId());
        assertThat(followUpsOf(engine, agency.getId())).isEqualTo(1);
        assertThat(calls).doesNotContain("compile");
        engine.getTaskService().complete(appraisals.get(1).getId());
        assertThat(Jobs.ended(engine, agency)).isTrue();

        Jobs.run(engine, round, "compileParIndex");
        engine.getTaskService().complete(task(engine, round.getId(), "reviewParRanking").getId());
        Task approve = task(engine, round.getId(), "approveParRanking");
        assertThat(candidateGroups(engine, approve)).containsExactly("ubnd-leader");
        engine.getTaskService().complete(approve.getId(), Map.of("approved", false));
        engine.getTaskService().complete(task(engine, round.getId(), "reviewParRanking").getId());
        complete(engine, task(engine, round.getId(), "approveParRanking"), Map.of("approved", true));

        assertThat(calls).containsExactly("open", "prefill so-y-te", "self-assessed", calls.get(3), calls.get(4),
                "compile", "published");
        assertThat(calls.subList(3, 5)).containsExactlyInAnyOrder("appraised AREA_1", "appraised AREA_2");
        assertThat(Jobs.ended(engine, round)).isTrue();
    }



}
