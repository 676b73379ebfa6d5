package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.inspection.InspectionVariables;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.FormRefusal;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;
import vn.cchc.support.WebappSession;

/**
 * What an official reads in Tasklist when the engine refuses: Vietnamese, without the engine's English wrapping; a
 * form a task listener refuses is a bad request (400) carrying the coded {@link UserInputException} it threw, logged
 * as one line.
 */
@CchcIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void aTaskThatIsGoneIsExplainedInVietnamese() throws Exception {
        WebappSession session = WebappSession.login(port, "cv.so-tu-phap");
        var response = session.get("/api/engine/engine/default/task/khong-ton-tai");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy công việc này").doesNotContain("No matching task");
    }

    /**
     * A form the plan task's check refuses is the official's mistake: 400 (not 500) through the Tasklist's API
     * (submitting the form, completing the task) and the engine REST API, with the Vietnamese sentence alone, the
     * field and the refusal's code; the task stays open and nothing of the form is saved.
     */
    @Test
    void aRefusedFormShowsOnlyTheVietnameseReason(CapturedOutput output) throws Exception {
        Map<String, Object> vars = new HashMap<>(Map.of("agencyId", "so-tu-phap", "planId", "KH-MSG",
                "taskText", "Rà soát văn bản"));
        vars.put("dueDate", null);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("planTask", vars).getId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("executeTask").singleResult().getId();
        String expected = Texts.get("plan.form.missing", Texts.get("plan.field.productReference"));
        String form = "{\"variables\":{\"productNote\":{\"value\":\"chưa có văn bản\",\"type\":\"String\"}}}";

        WebappSession session = WebappSession.login(port, "cv.so-tu-phap");
        var submitted = session.post("/api/engine/engine/default/task/" + taskId + "/submit-form", form);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
        assertThat(submitted.body()).contains("Chưa nhập \\\"Văn bản / sản phẩm\\\"")
                .doesNotContain("Exception while invoking").doesNotContain("ENGINE-");
        assertRefusal(JSON.readTree(submitted.body()), expected);

        var completed = session.post("/api/engine/engine/default/task/" + taskId + "/complete", form);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(400);
        assertRefusal(JSON.readTree(completed.body()), expected);

        RestClient.Response rest = RestClient.as(port, "cv.so-tu-phap")
                .post("/engine-rest/task/" + taskId + "/complete", form);
        assertThat(rest.status()).as(rest.body()).isEqualTo(400);
        assertRefusal(rest.json(), expected);

        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance, "productNote")).as("nothing half-saved").isNull();

        // the same refusal, completed through the engine's Java API: the form refusal, carrying what the listener threw
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("productNote", "chưa có")))
                .isInstanceOf(FormRefusal.class)
                .hasMessage(expected)
                .satisfies(e -> {
                    FormRefusal refused = (FormRefusal) e;
                    assertThat(refused.getCause()).isInstanceOf(PlanInputException.class);
                    assertThat(refused.code()).isEqualTo("plan.form.missing");
                    assertThat(refused.field()).isEqualTo(PlanVariables.PRODUCT_REFERENCE);
                    assertThat(refused.refusal().getMessage()).isEqualTo(expected);
                });
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance, "productNote")).isNull();

        // each refusal (three through HTTP, one through the Java API) is one log line, without the engine's traces
        assertThat(output.getOut().lines().filter(l -> l.contains("Task form refused (plan.form.missing, "
                + PlanVariables.PRODUCT_REFERENCE + "): " + expected))).hasSize(4);
        assertThat(output.getOut()).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP")
                .doesNotContain("Caused by: vn.cchc.plan.PlanInputException");
    }

    /** What the Tasklist and a REST client read of the refusal: the sentence, the field, the code. */
    private static void assertRefusal(JsonNode body, String expected) {
        assertThat(body.get("message").asText()).isEqualTo(expected);
        assertThat(body.get("field").asText()).isEqualTo(PlanVariables.PRODUCT_REFERENCE);
        assertThat(body.at("/refusal/code").asText()).isEqualTo("plan.form.missing");
        assertThat(body.at("/refusal/status").asInt()).as("the refusal's own status, answered 400").isEqualTo(422);
        assertThat(body.at("/refusal/details/0/field").asText()).isEqualTo(PlanVariables.PRODUCT_REFERENCE);
    }

    /**
     * The inspection plan's check (a listener of another process, several problems in one refusal) through the
     * engine REST API: 400, every problem, the task still open.
     */
    @Test
    void anInspectionPlanRefusedByItsCheckIsABadRequest() {
        String key = "KT-REST-" + System.nanoTime();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(InspectionVariables.PROCESS_KEY, key,
                Map.of(InspectionVariables.PLAN_YEAR, 2095)).getId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("draftInspectionPlan").singleResult().getId();

        RestClient.Response refused = RestClient.as(port, "chuyenvien.snv").post("/engine-rest/task/" + taskId
                + "/complete", Map.of("variables", Map.of(InspectionVariables.INSPECTION_LIST, Map.of("value",
                "Sở Không Có | 5\nSở Tư pháp | 13", "type", "String"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode body = refused.json();
        assertThat(body.get("message").asText()).isEqualTo("Dòng 1: không xác định được cơ quan \"Sở Không Có\". "
                + "Dòng 2: tháng kiểm tra phải từ 1 đến 12 (\"13\").");
        assertThat(body.at("/refusal/problems")).hasSize(2);
        // coded by its first problem; each problem keeps its own code
        assertThat(body.at("/refusal/code").asText()).isEqualTo("inspection.plan.agencyUnknown");
        assertThat(body.at("/refusal/details/0/code").asText()).isEqualTo("inspection.plan.agencyUnknown");
        assertThat(body.at("/refusal/details")).hasSize(2);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance, InspectionVariables.INSPECTION_LIST)).isNull();
    }

    /**
     * A start form refused by the start event's listener: 400 too, by the start form (as the Tasklist submits it) and
     * by a plain start (a resource that answers any engine exception with 500: the filter answers 400), and no process
     * instance is left behind.
     */
    @Test
    void aStartFormRefusedByItsListenerIsABadRequest() {
        String key = "KT-START-" + System.nanoTime();
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        Map<String, Object> start = Map.of("businessKey", key, "variables",
                Map.of(InspectionVariables.PLAN_YEAR, Map.of("value", 1900, "type", "Integer")));
        String definition = "/engine-rest/process-definition/key/" + InspectionVariables.PROCESS_KEY;

        for (String path : List.of(definition + "/submit-form", definition + "/start")) {
            RestClient.Response refused = snv.post(path, start);
            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).isEqualTo("Năm kiểm tra không hợp lệ: 1900.");
            assertThat(refused.json().at("/refusal/code").asText()).isEqualTo("inspection.year.invalid");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isZero();
    }
}
