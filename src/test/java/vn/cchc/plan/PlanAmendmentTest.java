package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.shared.DueDates;

/** Amendments of an issued plan: history of old values, running tasks rescheduled, new items assigned. */
@CchcIntegrationTest
class PlanAmendmentTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanAmendments amendments;
    @Autowired
    Assignments assignments;

    private String planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        planId = "KH-AMEND-" + System.nanoTime();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void changedDeadlineMovesRunningTaskAndKeepsTheOldValue() {
        new PlanDriver(engine, planId).toIssued("77/QĐ-UBND");

        amendments.changeDeadline(planId, 1, "Quý III/2024", "Chờ hướng dẫn của Bộ Nội vụ", "chuyenvien.snv");

        Task task = executeTask("77/QĐ-UBND:1:so-noi-vu");
        assertThat(task.getDueDate()).isEqualTo(DueDates.endOfDay(LocalDate.of(2024, 9, 30)));
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), PlanVariables.DUE_DATE_TEXT))
                .isEqualTo("30/09/2024");
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), PlanVariables.DEADLINE_TEXT))
                .isEqualTo("Quý III/2024");
        assertThat(assignments.ofPlan(planId)).filteredOn(a -> a.itemNo() == 1).singleElement()
                .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2024, 9, 30)));
        // the other item is untouched
        assertThat(executeTask("77/QĐ-UBND:2:so-tu-phap").getDueDate())
                .isEqualTo(DueDates.endOfDay(LocalDate.of(2024, 7, 1)));

        List<Amendment> history = amendments.history(planId);
        assertThat(history).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Amendment.Kind.DEADLINE_CHANGED);
            assertThat(a.oldValue()).isEqualTo("Quý I/2024 (31/03/2024)");
            assertThat(a.newValue()).isEqualTo("Quý III/2024 (30/09/2024)");
            assertThat(a.reason()).isEqualTo("Chờ hướng dẫn của Bộ Nội vụ");
            assertThat(a.changedBy()).isEqualTo("chuyenvien.snv");
        });
    }

    @Test
    void newItemsAreAssignedAtOnceAndDraftsCannotBeAmended() {
        PlanDriver plan = new PlanDriver(engine, planId);
        assertThatThrownBy(() -> amendments.addItems(planId, "[{\"task\": \"X\", \"lead\": \"Sở Nội vụ\"}]", null,
                "chuyenvien.snv")).hasMessageContaining("chưa ban hành");
        plan.toIssued("78/QĐ-UBND");

        amendments.addItems(planId, """
                [{"task": "Khảo sát mức độ hài lòng", "lead": "Sở Nội vụ", "due": "Quý II, Quý IV/2024"}]""",
                "Bổ sung theo chỉ đạo của UBND tỉnh", "chuyenvien.snv");

        assertThat(executeTask("78/QĐ-UBND:3:so-noi-vu:m1").getDueDate())
                .isEqualTo(DueDates.endOfDay(LocalDate.of(2024, 7, 1)));
        assertThat(executeTask("78/QĐ-UBND:3:so-noi-vu:m2").getDueDate())
                .isEqualTo(DueDates.endOfDay(LocalDate.of(2024, 12, 31)));
        assertThat(assignments.ofPlan(planId)).hasSize(5);
        assertThat(amendments.history(planId)).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Amendment.Kind.NEW_ITEM))
                .satisfies(a -> assertThat(a.itemNo()).isEqualTo(3));
    }

    private Task executeTask(String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("executeTask").singleResult();
    }
}
