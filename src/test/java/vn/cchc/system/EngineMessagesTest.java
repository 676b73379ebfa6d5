package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.WebappSession;

/**
 * What an official reads in Tasklist when the engine refuses: Vietnamese, without the engine's English wrapping; a
 * form a task listener refuses is the coded {@link UserInputException} it threw, logged as one line.
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

    @Test
    void aRefusedFormShowsOnlyTheVietnameseReason(CapturedOutput output) throws Exception {
        Map<String, Object> vars = new HashMap<>(Map.of("agencyId", "so-tu-phap", "planId", "KH-MSG",
                "taskText", "Rà soát văn bản"));
        vars.put("dueDate", null);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("planTask", vars).getId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("executeTask").singleResult().getId();

        WebappSession session = WebappSession.login(port, "cv.so-tu-phap");
        var response = session.post("/api/engine/engine/default/task/" + taskId + "/submit-form",
                "{\"variables\":{\"productNote\":{\"value\":\"chưa có văn bản\",\"type\":\"String\"}}}");

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(response.body()).contains("Chưa nhập \\\"Văn bản / sản phẩm\\\"")
                .doesNotContain("Exception while invoking");
        String expected = Texts.get("plan.form.missing", Texts.get("plan.field.productReference"));
        assertThat(JSON.readTree(response.body()).get("message").asText()).isEqualTo(expected);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // the same refusal, completed through the engine's Java API: the coded exception is what the listener threw
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("productNote", "chưa có")))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(e -> {
                    UserInputException refusal = refusal(e);
                    assertThat(refusal.code()).isEqualTo("plan.form.missing");
                    assertThat(refusal.field()).isEqualTo(PlanVariables.PRODUCT_REFERENCE);
                    assertThat(refusal.getMessage()).isEqualTo(expected);
                });
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // each refusal (through REST, through the Java API) is one log line, without the engine's stack traces
        assertThat(output.getOut().lines().filter(l -> l.contains("Task form refused (plan.form.missing, "
                + PlanVariables.PRODUCT_REFERENCE + "): " + expected))).hasSize(2);
        assertThat(output.getOut()).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500")
                .doesNotContain("Caused by: vn.cchc.plan.PlanInputException");
    }

    private static UserInputException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UserInputException u) {
                return u;
            }
        }
        throw new AssertionError("no UserInputException in " + thrown);
    }
}
