package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/** The REST API as the outside world sees it: authentication, agency isolation, administrators-only deployment. */
@CchcIntegrationTest
class RestSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private String justiceTaskId;

    @BeforeEach
    void aTaskForSoTuPhap() {
        String key = "sec-" + System.nanoTime();
        Map<String, Object> vars = new java.util.HashMap<>(Map.of(
                "agencyId", "so-tu-phap", "planId", "KH-SEC", "taskText", "Rà soát văn bản"));
        vars.put("dueDate", null);
        engine.getRuntimeService().startProcessInstanceByKey("planTask", key, vars);
        justiceTaskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult()
                .getId();
    }

    /** A user's query must page (queryMaxResultsLimit). */
    private static final String PLAN_TASKS =
            "/engine-rest/task?processDefinitionKey=planTask&firstResult=0&maxResults=2000";
    private static final String DEPLOYMENTS = "/engine-rest/deployment?firstResult=0&maxResults=50";

    @Test
    void unauthenticatedRequestsGet401() {
        assertThat(RestClient.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv.so-tu-phap").get("/engine-rest/task?firstResult=0&maxResults=50").status())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordGets401() {
        RestClient.Response r = RestClient.as(port, "no-such-user").get("/engine-rest/task");
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void anOfficialSeesAndCompletesOnlyTheirAgencysTask() {
        RestClient justice = RestClient.as(port, "cv.so-tu-phap");
        RestClient finance = RestClient.as(port, "cv.so-tai-chinh");

        assertThat(ids(justice.get(PLAN_TASKS).json()))
                .contains(justiceTaskId);
        assertThat(ids(finance.get(PLAN_TASKS).json()))
                .doesNotContain(justiceTaskId);
        assertThat(finance.get("/engine-rest/task/" + justiceTaskId).status()).isIn(403, 404);

        RestClient.Response stolen = finance.post("/engine-rest/task/" + justiceTaskId + "/complete",
                Map.of("variables", Map.of("productReference", Map.of("value", "giả mạo"))));
        assertThat(stolen.status()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(justiceTaskId).count()).isEqualTo(1);

        RestClient.Response done = justice.post("/engine-rest/task/" + justiceTaskId + "/complete",
                Map.of("variables", Map.of("productReference", Map.of("value", "Báo cáo số 5/BC-STP"))));
        assertThat(done.status()).isEqualTo(204);
    }

    @Test
    void snvMonitorsProcessInstancesButDoesNotSeeAgencyTasks() {
        RestClient snv = RestClient.as(port, "giamdoc.snv");
        String justiceInstance = engine.getTaskService().createTaskQuery().taskId(justiceTaskId).singleResult()
                .getProcessInstanceId();
        assertThat(snv.get("/engine-rest/process-instance/" + justiceInstance).status()).isEqualTo(200);
        assertThat(ids(snv.get(PLAN_TASKS).json()))
                .doesNotContain(justiceTaskId);
        // an agency reads the instances it works on, not other agencies' ones
        assertThat(RestClient.as(port, "cv.so-tu-phap").get("/engine-rest/process-instance/" + justiceInstance)
                .status()).isEqualTo(200);
        assertThat(RestClient.as(port, "cv.so-tai-chinh").get("/engine-rest/process-instance/" + justiceInstance)
                .status()).isIn(403, 404);
    }

    @Test
    void onlyAdministratorsMayDeploy() {
        RestClient.Response list = RestClient.as(port, "chuyenvien.snv").get(DEPLOYMENTS);
        assertThat(list.json()).isEmpty();
        assertThat(RestClient.as(port, "admin").get(DEPLOYMENTS).json()).isNotEmpty();
        assertThat(engine.getAuthorizationService().isUserAuthorized("chuyenvien.snv",
                java.util.List.of("snv-specialist", "so-noi-vu"),
                org.camunda.bpm.engine.authorization.Permissions.CREATE,
                org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT)).isFalse();
    }

    private static java.util.List<String> ids(JsonNode tasks) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }
}
