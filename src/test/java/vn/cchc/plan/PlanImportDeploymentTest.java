package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.importer.AgencyAliases;
import vn.cchc.importer.PlanImport;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.shared.DueDates;

/**
 * An imported appendix through the lifecycle: an unresolved agency phrase blocks the draft until the SNV specialist
 * maps it (remembered as an alias); at deployment each agency class gets its own date and each milestone its task.
 */
@CchcIntegrationTest
class PlanImportDeploymentTest {

    private static final String PHRASE = "Tổ công tác liên ngành số 7";
    private static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
            1,Xây dựng kế hoạch CCHC của cơ quan,"Các sở, ban, ngành tỉnh; UBND phường Thanh Đức; UBND xã Long Hồ",,\
            Kế hoạch,"Các sở, ban, ngành tỉnh: trước ngày 01/3/2024; UBND cấp xã: trước ngày 16/3/2024"
            2,Kiểm tra công tác CCHC,Sở Nội vụ,%s,Báo cáo,"Quý II, Quý IV/2024"
            """.formatted(PHRASE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanImport planImport;
    @Autowired
    AgencyAliases aliases;
    @Autowired
    AgencyResolver resolver;
    @Autowired
    JdbcClient jdbc;

    private String planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        planId = "KH-IMPORT-DEPLOY-" + System.nanoTime();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        aliases.remove(PHRASE);
    }

    @Test
    void unresolvedPhraseBlocksTheDraftUntilMappedThenEachClassAndMilestoneGetsItsDate() {
        PlanDriver plan = new PlanDriver(engine, planId);
        planImport.importFile(planId, CSV.getBytes(StandardCharsets.UTF_8), "phu-luc.csv");

        assertThatThrownBy(this::completeDraftKeepingImportedItems)
                .hasMessageContaining("Nhiệm vụ thứ 2 (STT 2): không tìm thấy cơ quan phối hợp \"" + PHRASE + "\"")
                .hasMessageNotContaining("Nhiệm vụ thứ 1");
        BpmnAwareTests.assertThat(plan.instance).isWaitingAt("draftPlan");

        // a whole pasted paragraph is not a phrase of a cell (and its column keeps 500 characters): refused
        assertThatThrownBy(() -> aliases.add(PHRASE + " ".repeat(2) + "x".repeat(500), List.of("so-tu-phap"),
                "chuyenvien.snv")).hasMessageContaining("vượt giới hạn 500 ký tự");
        aliases.add(PHRASE, List.of("so-tu-phap", "van-phong-ubnd"), "chuyenvien.snv");
        assertThat(jdbc.sql("SELECT agency_ids FROM cchc_agency_alias WHERE phrase = ?").param(PHRASE)
                .query(String.class).single()).isEqualTo("so-tu-phap,van-phong-ubnd");
        assertThat(resolver.resolve("Sở Nội vụ; " + PHRASE).agencyIds())
                .containsExactly("so-noi-vu", "so-tu-phap", "van-phong-ubnd");

        completeDraftKeepingImportedItems();
        plan.directorApproves();
        plan.submit(false);
        plan.appraisal(true, null);
        plan.leader(true, null);
        plan.issue("4321/QĐ-UBND");
        plan.runJobs();

        Map<String, LocalDate> due = dueDatesByKey();
        // "trước ngày 01/3/2024" = 29/02/2024 (Thursday) for departments, 15/03/2024 for communes (the class
        // "UBND cấp xã" of the deadline phrase dates the communes the lead names)
        assertThat(due).containsEntry("4321/QĐ-UBND:1:so-tai-chinh", LocalDate.of(2024, 2, 29))
                .containsEntry("4321/QĐ-UBND:1:ubnd-phuong-thanh-duc", LocalDate.of(2024, 3, 15))
                .containsEntry("4321/QĐ-UBND:1:ubnd-xa-long-ho", LocalDate.of(2024, 3, 15));
        // two milestones, one task each; 30/06/2024 is a Sunday
        assertThat(due).containsEntry("4321/QĐ-UBND:2:so-noi-vu:m1", LocalDate.of(2024, 7, 1))
                .containsEntry("4321/QĐ-UBND:2:so-noi-vu:m2", LocalDate.of(2024, 12, 31))
                .doesNotContainKey("4321/QĐ-UBND:2:so-noi-vu");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cchc_assignment WHERE plan_id = ?").param(planId)
                .query(Long.class).single()).isEqualTo(due.size());
        assertThat(jdbc.sql("SELECT coordinator_agencies FROM cchc_plan_item WHERE plan_id = ? AND item_no = 2")
                .param(planId).query(String.class).single()).isEqualTo("so-tu-phap,van-phong-ubnd");
    }

    private void completeDraftKeepingImportedItems() {
        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey("draftPlan").singleResult();
        engine.getIdentityService().setAuthentication("chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"));
        try {
            engine.getTaskService().complete(draft.getId(), Map.of(PlanVariables.PLAN_YEAR, 2024,
                    PlanVariables.PLAN_TITLE, "Kế hoạch cải cách hành chính năm 2024", PlanVariables.ITEMS_JSON, ""));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Map<String, LocalDate> dueDatesByKey() {
        Map<String, LocalDate> due = new TreeMap<>();
        engine.getTaskService().createTaskQuery().processVariableValueEquals(PlanVariables.PLAN_ID, planId)
                .taskDefinitionKey("executeTask").list().forEach(t -> due.put(
                        engine.getRuntimeService().createProcessInstanceQuery()
                                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey(),
                        t.getDueDate().toInstant().atZone(DueDates.ZONE).toLocalDate()));
        return due;
    }
}
