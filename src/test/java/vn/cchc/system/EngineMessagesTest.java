package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.WebappSession;

/** What an official reads in Tasklist when the engine refuses: Vietnamese, without the engine's English wrapping. */
@CchcIntegrationTest
class EngineMessagesTest {

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
    void aRefusedFormShowsOnlyTheVietnameseReason() throws Exception {
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
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
