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
 * The paths of {@code inspection}, {@code inspectionVisit} and {@code remediation} (bpmn/inspection.bpmn) with their
 * delegates replaced: the year's plan returned and approved, one visit per inspected agency, the self-report with its
 * follow-up, findings remedied one by one (a remedy SNV does not accept goes back to the agency), a visit without
 * findings closed at once. The steps' own work is tested on the application: {@code vn.cchc.inspection.*Test}.
 */
class InspectionPathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        TaskListener quiet = task -> { };
        for (String check : List.of("inspectionPlanDrafted", "inspectionNoticeSent", "inspectionVisitRecorded",
                "inspectionConcluded", "findingRemedyReported")) {
            Mocks.register(check, (TaskListener) task -> calls.add(check + " " + task.getTaskDefinitionKey()));
        }
        Mocks.register("reviewDecided", quiet);
        Mocks.register("inspectionSteps", new InspectionSteps());
        Mocks.register("remediationSteps", new RemediationSteps());
        PathSupport.followUpWaits();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    public final class InspectionSteps {
        public void start(DelegateExecution execution) {
            calls.add("start");
        }

        public void register(DelegateExecution execution) {
            calls.add("register");
        }

        public List<String> agencies(Object planYear) {
            return List.of("so-y-te", "so-tu-phap");
        }

        public void visitSetup(DelegateExecution execution) {
            String agency = (String) execution.getVariable("agencyId");
            execution.setVariable("inspectionId", "KT-2026:" + agency);
            execution.setVariable("noticeAt", new Date());
            execution.setVariable("selfReportDueAt", new Date(System.currentTimeMillis() + 86_400_000L * 10));
            execution.setVariable("conclusionDueAt", new Date(System.currentTimeMillis() + 86_400_000L * 40));
            execution.setVariable("agencyName", agency);
        }

        public List<String> findingIds(String inspectionId) {
            return inspectionId.endsWith("so-y-te") ? List.of(inspectionId + ":1", inspectionId + ":2") : List.of();
        }

        public void closed(DelegateExecution execution) {
            calls.add("closed " + execution.getVariable("agencyId"));
        }
    }

    public final class RemediationSteps {
        public void setup(DelegateExecution execution) {
            execution.setVariable("findingDueAt", new Date(System.currentTimeMillis() + 86_400_000L * 30));
        }

        public void reopened(DelegateExecution execution) {
            calls.add("reopened " + execution.getVariable("findingId"));
        }

        public void closed(DelegateExecution execution) {
            calls.add("remedied " + execution.getVariable("findingId"));
        }
    }

    @Test
    @Deployment(resources = {"bpmn/inspection.bpmn", "bpmn/follow-up.bpmn"})
    void aYearOfInspectionsFromThePlanToTheLastRemediedFinding() {
        ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey("inspection", "KT-2026",
                Map.of("planYear", 2026));
        complete(engine, task(engine, year.getId(), "draftInspectionPlan"), Map.of());
        complete(engine, task(engine, year.getId(), "approveInspectionPlan"), Map.of("approved", false));
        complete(engine, task(engine, year.getId(), "draftInspectionPlan"), Map.of());
        complete(engine, task(engine, year.getId(), "approveInspectionPlan"), Map.of("approved", true));
        assertThat(calls).containsExactly("start", "inspectionPlanDrafted draftInspectionPlan",
                "inspectionPlanDrafted draftInspectionPlan", "register");

        List<ProcessInstance> visits = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("inspectionVisit").list();
        assertThat(visits).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("KT-2026:so-y-te", "KT-2026:so-tu-phap");

        for (ProcessInstance visit : visits) {
            Jobs.run(engine, visit, "noticeTime");
            complete(engine, task(engine, visit.getId(), "sendNotice"), Map.of());
            Task selfReport = task(engine, visit.getId(), "selfReport");
            String agency = engine.getRuntimeService().getVariable(visit.getId(), "agencyId").toString();
            assertThat(candidateGroups(engine, selfReport)).containsExactly(agency);
            assertThat(Jobs.runAt(engine, visit, "selfReportAlerts")).isEqualTo(1);
            assertThat(followUpsOf(engine, visit.getId())).isEqualTo(1);
            complete(engine, selfReport, Map.of());
            assertThat(followUpsOf(engine, visit.getId())).as("the self-report sent ends its follow-up").isZero();
            complete(engine, task(engine, visit.getId(), "recordVisit"), Map.of());
            int findings = agency.equals("so-y-te") ? 2 : 0;
            complete(engine, task(engine, visit.getId(), "concludeInspection"), Map.of("findingCount", findings));
        }
        assertThat(calls).contains("closed so-tu-phap").doesNotContain("closed so-y-te");
        assertThat(calls).contains("inspectionNoticeSent sendNotice", "inspectionVisitRecorded recordVisit",
                "inspectionConcluded concludeInspection");

        List<ProcessInstance> remediations = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("remediation").list();
        assertThat(remediations).hasSize(2);
        ProcessInstance first = remediations.get(0);
        String firstId = first.getBusinessKey();
        assertThat(Jobs.runAt(engine, first, "remedyAlerts")).isEqualTo(1);
        assertThat(followUpsOf(engine, first.getId())).isEqualTo(1);
        Task remedy = task(engine, first.getId(), "remedyFinding");
        assertThat(candidateGroups(engine, remedy)).containsExactly("so-y-te");
        complete(engine, remedy, Map.of());
        complete(engine, task(engine, first.getId(), "closeFinding"), Map.of("approved", false));
        assertThat(calls).contains("findingRemedyReported remedyFinding", "reopened " + firstId);
        complete(engine, task(engine, first.getId(), "remedyFinding"), Map.of());
        complete(engine, task(engine, first.getId(), "closeFinding"), Map.of("approved", true));
        assertThat(followUpsOf(engine, first.getId())).isZero();
        assertThat(Jobs.ended(engine, year)).isFalse();

        ProcessInstance second = remediations.get(1);
        complete(engine, task(engine, second.getId(), "remedyFinding"), Map.of());
        complete(engine, task(engine, second.getId(), "closeFinding"), Map.of("approved", true));

        assertThat(calls).contains("remedied " + firstId, "remedied " + second.getBusinessKey(), "closed so-y-te");
        assertThat(Jobs.ended(engine, year)).isTrue();
    }




}
