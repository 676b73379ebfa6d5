package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.importer.PlanImport;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * A wide appendix table (objective, task, several activities in one cell) through the whole lifecycle: each
 * activity keeps its objective and parent task when imported, when the draft is completed with the imported items,
 * at deployment (process variables of the agency's task, read by the agency as the Tasklist reads them, and shown by
 * the task's form), and on the follow-up pages.
 */
@CchcIntegrationTest
class WideTableContextTest {

    private static final String OBJECTIVE = "Hệ thống văn bản quy phạm pháp luật đúng quy định";
    private static final String PARENT = "Rà soát văn bản quy phạm pháp luật của tỉnh";
    private static final String CSV = "STT;Mục tiêu;Nhiệm vụ;Hoạt động;Sản phẩm;Chủ trì;Phối hợp;Thời gian\n"
            + "1;" + OBJECTIVE + ";" + PARENT + ";\"Lập kế hoạch rà soát\nBáo cáo kết quả rà soát\";"
            + "\"Kế hoạch\nBáo cáo\";Sở Tư pháp;Sở Nội vụ;\"Quý I/2024\nQuý IV/2024\"\n";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanImport planImport;
    @Autowired
    JdbcClient jdbc;

    private String planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        planId = "KH-WIDE-" + System.nanoTime();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void eachActivityKeepsItsObjectiveAndParentTaskFromImportToTheAgencysTaskAndTheItemsPage() throws Exception {
        PlanDriver plan = new PlanDriver(engine, planId);
        planImport.importFile(planId, CSV.getBytes(StandardCharsets.UTF_8), "phu-luc.csv");
        // the draft completed with the imported items (an empty list): they are read again, context included
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"), Map.of(
                PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024",
                PlanVariables.ITEMS_JSON, ""));
        plan.directorApproves();
        plan.submit(false);
        plan.appraisal(true, null);
        plan.leader(true, null);
        String decision = (System.nanoTime() % 1_000_000) + "/QĐ-UBND";
        plan.issue(decision);
        plan.runJobs();

        assertThat(jdbc.sql("SELECT task, objective, parent_task FROM cchc_plan_item WHERE plan_id = ? "
                        + "ORDER BY item_no").param(planId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(List.of("Lập kế hoạch rà soát", OBJECTIVE, PARENT),
                        List.of("Báo cáo kết quả rà soát", OBJECTIVE, PARENT));

        List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey("executeTask")
                .processVariableValueEquals(PlanVariables.PLAN_ID, planId).list();
        assertThat(tasks).hasSize(2);
        RestClient official = RestClient.as(port, "cv.so-tu-phap");
        for (Task task : tasks) {
            assertThat(engine.getTaskService().getVariables(task.getId()))
                    .containsEntry(PlanVariables.PARENT_TASK, PARENT)
                    .containsEntry(PlanVariables.OBJECTIVE, OBJECTIVE);
            // copies of the item's texts, kept in cchc_plan_item: not written to the engine's history
            // (vn.cchc.system.CchcAuditHistory), unlike the assignment's own variables
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).list())
                    .extracting(v -> v.getName()).contains(PlanVariables.AGENCY_ID, PlanVariables.DUE_DATE)
                    .doesNotContain(PlanVariables.PARENT_TASK, PlanVariables.OBJECTIVE, PlanVariables.TASK_TEXT);
            // what the Tasklist loads to render the agency's form: its variables and the deployed form
            JsonNode variables = official.get("/engine-rest/task/" + task.getId() + "/form-variables").json();
            assertThat(variables.at("/parentTask/value").asText()).isEqualTo(PARENT);
            assertThat(variables.at("/objective/value").asText()).isEqualTo(OBJECTIVE);
            RestClient.Response form = official.get("/engine-rest/task/" + task.getId() + "/deployed-form");
            assertThat(form.status()).isEqualTo(200);
            assertThat(shown(form.body())).contains(
                    "**Thuộc nhiệm vụ:** {{parentTask}} (hidden when =parentTask = null)",
                    "**Mục tiêu:** {{objective}} (hidden when =objective = null)");
        }

        String items = RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items").body();
        assertThat(items).contains("Lập kế hoạch rà soát", "Báo cáo kết quả rà soát",
                "Thuộc nhiệm vụ: <span>" + PARENT + "</span>", "Mục tiêu: <span>" + OBJECTIVE + "</span>");
        String item = RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items/2").body();
        assertThat(item).contains("<th>Thuộc nhiệm vụ</th><td>" + PARENT + "</td>",
                "<th>Mục tiêu</th><td>" + OBJECTIVE + "</td>");
    }

    @Test
    void anItemWithoutContextGetsNoContextVariablesAndShowsNone() {
        PlanDriver plan = new PlanDriver(engine, planId);
        String decision = (System.nanoTime() % 1_000_000) + "/QĐ-UBND";
        plan.toIssued(decision);

        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey("executeTask")
                .processVariableValueEquals(PlanVariables.PLAN_ID, planId).list().get(0);
        assertThat(engine.getTaskService().getVariables(task.getId()))
                .doesNotContainKeys(PlanVariables.PARENT_TASK, PlanVariables.OBJECTIVE);
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items").body())
                .doesNotContain("Thuộc nhiệm vụ:", "Mục tiêu:");
    }

    /** The form's text components, each with its hide condition, as lines. */
    private static List<String> shown(String form) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode component : new ObjectMapper().readTree(form).get("components")) {
            if ("text".equals(component.path("type").asText())) {
                String hide = component.at("/conditional/hide").asText("");
                lines.add(component.get("text").asText() + (hide.isEmpty() ? "" : " (hidden when " + hide + ")"));
            }
        }
        return lines;
    }
}
