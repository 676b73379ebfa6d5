package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.support.CchcIntegrationTest;

/** {@code planTask}: the agency records its product, SNV accepts or returns it; on-time and late completion. */
@CchcIntegrationTest
class PlanTaskProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Assignments assignments;

    private PlanDriver plan;
    private String decision;

    @BeforeEach
    void issuePlan() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        decision = "T" + System.nanoTime() % 100000 + "/QĐ-UBND";
        plan = new PlanDriver(engine, "KH-TASK-" + System.nanoTime());
        plan.toIssued(decision);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(String agencyItem) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKey(decision + ":" + agencyItem).singleResult();
    }

    private void report(ProcessInstance pi, String agency) {
        plan.complete(task("executeTask", pi), "cv." + agency, List.of(agency),
                Map.of(PlanVariables.PRODUCT_REFERENCE, "Kế hoạch số 12/KH-SNV ngày 20/3/2024"));
    }

    private void snvDecides(ProcessInstance pi, boolean approved, String comment) {
        plan.complete(task("acceptResult", pi), "chuyenvien.snv", List.of("snv-specialist"),
                PlanDriver.decision(approved, comment));
    }

    @Test
    void acceptedInTimeIsDoneOnTime() {
        ProcessInstance pi = instance("1:so-noi-vu");
        assertThat(pi).isWaitingAt("executeTask");
        assertThat(task()).hasCandidateGroup("so-noi-vu");
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2024, 3, 20));
        report(pi, "so-noi-vu");
        assertThat(pi).isWaitingAt("acceptResult");
        assertThat(task()).hasCandidateGroup("snv-specialist");
        snvDecides(pi, true, null);
        assertThat(pi).isEnded();
        assertThat(assignments.ofPlan(plans())).filteredOn(a -> a.agencyId().equals("so-noi-vu"))
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.DONE_ON_TIME));
    }

    /**
     * The audit trail of a finished task: who did what and what the agency reported stay in the engine's history;
     * the copies of the plan item's texts (kept in cchc_plan_item) and the reminder loop's steps (each reminder is
     * in cchc_notification), the card's and form's derived lines and the start's own steps are not written to it
     * (vn.cchc.system.CchcAuditHistory).
     */
    @Test
    void finishedTaskKeepsItsAuditTrail() {
        ProcessInstance pi = instance("1:so-noi-vu");
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list()
                .forEach(j -> engine.getManagementService().executeJob(j.getId()));
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2024, 3, 20));
        report(pi, "so-noi-vu");
        snvDecides(pi, true, null);
        var history = engine.getHistoryService();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly("executeTask", "acceptResult");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(v -> v.getName())
                .contains(PlanVariables.PRODUCT_REFERENCE, PlanVariables.APPROVED, PlanVariables.AGENCY_ID,
                        PlanVariables.DUE_DATE)
                .doesNotContain(PlanVariables.TASK_TEXT, PlanVariables.PLAN_TITLE, "nextAlert",
                        // the card's and form's own lines, derived from the application's rows
                        PlanVariables.STATUS_TEXT, PlanVariables.ATTACHMENTS_PATH);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(a -> a.getActivityId())
                .contains("executeTask", "acceptResult", "taskDone", "followUpDueDate")
                .doesNotContain("taskAssigned", "forkAlerts", "remindBeforeDue", "alertDue", "planAlerts");
        // the start itself stays in the audit trail: when, and which step came first
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult())
                .satisfies(h -> assertThat(h.getStartTime()).isNotNull())
                .satisfies(h -> assertThat(h.getStartActivityId()).isEqualTo("taskAssigned"));
    }

    @Test
    void returnedResultGoesBackToTheAgencyWithTheReasonAndLateAcceptanceIsDoneLate() {
        ProcessInstance pi = instance("2:so-tu-phap");
        report(pi, "so-tu-phap");
        snvDecides(pi, false, "Thiếu phụ lục số liệu");
        assertThat(pi).isWaitingAt("executeTask").variables()
                .containsEntry(PlanVariables.COMMENT, "Thiếu phụ lục số liệu");
        report(pi, "so-tu-phap");
        snvDecides(pi, false, "Số liệu chưa khớp quý I");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), PlanVariables.RETURN_HISTORY))
                .contains("01/12/2023 09:00, Kiểm tra kết quả thực hiện:* Thiếu phụ lục số liệu")
                .contains("Kiểm tra kết quả thực hiện:* Số liệu chưa khớp quý I");

        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2024, 7, 2));
        report(pi, "so-tu-phap");
        snvDecides(pi, true, null);
        assertThat(assignments.ofPlan(plans())).filteredOn(a -> a.agencyId().equals("so-tu-phap"))
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.DONE_LATE));
    }

    @Test
    void resultWithoutProductIsRefused() {
        ProcessInstance pi = instance("1:so-noi-vu");
        Task execute = task("executeTask", pi);
        assertThatThrownBy(() -> plan.complete(execute, "cv.so-noi-vu", List.of("so-noi-vu"), Map.of()))
                .hasMessageContaining("Văn bản / sản phẩm");
        assertThat(pi).isWaitingAt("executeTask");
    }

    private String plans() {
        return (String) engine.getRuntimeService().getVariable(plan.instance.getId(), PlanVariables.PLAN_ID);
    }
}
