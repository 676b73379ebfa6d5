package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.support.AtOnce;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;

/**
 * The same change sent several times at the same moment (a double click, a browser that resends, two officials of one
 * agency): it is made once, and every request gets an answer a user can read. Before, the plan's import answered
 * 500 with a duplicate key (or a foreign key) error in the log, and a task completed twice at once answered 500 with
 * the engine's English "Entity was updated by another transaction concurrently".
 */
@CchcIntegrationTest
class SentTwiceAtOnceTest {

    private static final String START = "/engine-rest/process-definition/key/planLifecycle/submit-form";
    private static final String ITEMS = """
            [{"section": "I", "task": "Rà soát thủ tục hành chính", "lead": ["Sở Tư pháp"], "product": "Báo cáo",
              "due": "2027-03-31"},
             {"section": "I", "task": "Kiểm tra công tác cải cách hành chính", "lead": ["Sở Nội vụ"],
              "product": "Kế hoạch", "due": "2027-06-30"}]""";
    private static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
            1,Rà soát thủ tục hành chính,Sở Tư pháp,,Báo cáo,Quý I/2027
            2,Kiểm tra công tác CCHC,Sở Nội vụ,,Kế hoạch,Quý II/2027
            3,Tuyên truyền cải cách hành chính,Sở Nội vụ,,Tin bài,Quý III/2027
            """;

    @LocalServerPort
    int port;
    @Autowired
    PlanItems items;
    @Autowired
    HistoryService history;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    private String instanceId;
    private String planId;

    @BeforeEach
    void draftPlan() {
        RestClient.Response started = RestClient.as(port, "chuyenvien.snv").post(START, Map.of("variables", Map.of(
                "planYear", Map.of("value", 2027, "type", "Integer"),
                "planTitle", Map.of("value", "Kế hoạch CCHC năm 2027 (gửi hai lần)"))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        instanceId = started.json().get("id").asText();
        planId = RestClient.as(port, "chuyenvien.snv").get("/engine-rest/process-instance/" + instanceId
                + "/variables/planId").json().get("value").asText();
    }

    @Test
    void theItemsListSentFourTimesAtOnceIsStoredOnce() throws Exception {
        JsonNode list = new ObjectMapper().readTree(ITEMS);

        List<RestClient.Response> answers = AtOnce.run(4,
                () -> RestClient.as(port, "chuyenvien.snv").post("/api/plans/" + planId + "/items", list));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(items.findByPlan(planId)).extracting(PlanItem::task)
                .containsExactly("Rà soát thủ tục hành chính", "Kiểm tra công tác cải cách hành chính");
    }

    @Test
    void anUploadConfirmedThreeTimesAtOnceIsImportedOnce() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        String uploadPage = "/plans/" + planId + "/import";
        String multipart = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"phu-luc.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + CSV + "\r\n--XYZ--\r\n";
        HttpResponse<String> uploaded = snv.post(uploadPage, "multipart/form-data; boundary=XYZ",
                HttpRequest.BodyPublishers.ofByteArray(multipart.getBytes(StandardCharsets.UTF_8)), uploadPage);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String preview = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
        String token = snv.csrfToken(preview);

        List<HttpResponse<String>> answers = AtOnce.run(3,
                () -> snv.postForm(preview + "/confirm", Map.of("_csrf", token), null));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isLessThan(500));
        assertThat(answers).anySatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(items.findByPlan(planId)).extracting(PlanItem::task).containsExactly(
                "Rà soát thủ tục hành chính", "Kiểm tra công tác CCHC", "Tuyên truyền cải cách hành chính");
    }

    @Test
    void aTaskSubmittedFourTimesAtOnceMovesOnceAndTheOthersAreToldWhy() {
        assertThat(RestClient.as(port, "chuyenvien.snv").post("/api/plans/" + planId + "/items",
                readTree(ITEMS)).status()).isEqualTo(200);
        JsonNode tasks = RestClient.as(port, "chuyenvien.snv").get("/engine-rest/task?firstResult=0&maxResults=5"
                + "&processInstanceId=" + instanceId).json();
        assertThat(tasks).hasSize(1);
        String draft = tasks.get(0).get("id").asText();
        Map<String, Object> form = Map.of("variables", Map.of(
                "planYear", Map.of("value", 2027, "type", "Integer"),
                "planTitle", Map.of("value", "Kế hoạch CCHC năm 2027 (gửi hai lần)"),
                "itemsJson", Map.of("value", "")));

        List<RestClient.Response> answers = AtOnce.run(4, () -> RestClient.as(port, "chuyenvien.snv")
                .post("/engine-rest/task/" + draft + "/submit-form", form));

        assertThat(answers).filteredOn(a -> a.status() == 204).hasSize(1);
        // the others: refused while the first was being written (409), or after it was (404: the task is done)
        assertThat(answers).filteredOn(a -> a.status() != 204).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isIn(404, 409);
            assertThat(a.json().get("message").asText()).satisfiesAnyOf(
                    m -> assertThat(m).startsWith("Thao tác chưa được ghi: công việc (hồ sơ) này vừa được xử lý "
                            + "cùng lúc ở nơi khác"),
                    m -> assertThat(m).startsWith("Không tìm thấy công việc này"));
        });
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .taskDefinitionKey("draftPlan").finished().count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .taskDefinitionKey("reviewDraft").count()).isEqualTo(1);
    }

    @Test
    void twoOfficialsClaimingOneTaskAtOnceGetItOnceAndTheOtherIsToldWhy() {
        String key = "claim-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey("planTask", key, Map.of("agencyId", "so-tu-phap",
                "planId", "KH-CLAIM", "taskText", "Rà soát văn bản", "dueDate",
                new java.util.Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000)));
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
        List<String> officials = List.of("cv.so-tu-phap", "ld.so-tu-phap");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<RestClient.Response> answers = AtOnce.run(2, () -> {
            String user = officials.get(next.getAndIncrement());
            return RestClient.as(port, user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
        });

        assertThat(answers).extracting(RestClient.Response::status).containsExactlyInAnyOrder(204, 409);
        String assignee = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(assignee).isIn(officials);
        // later, the other one tries again: the task is someone else's
        String other = officials.get(1 - officials.indexOf(assignee));
        RestClient.Response again = RestClient.as(port, other).post("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", other));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("message").asText())
                .startsWith("Công việc này đã có người khác trong đơn vị nhận xử lý.");
        assertThat(answers).filteredOn(a -> a.status() == 409).singleElement()
                .satisfies(a -> assertThat(a.json().get("message").asText()).satisfiesAnyOf(
                        m -> assertThat(m).startsWith("Thao tác chưa được ghi"),
                        m -> assertThat(m).startsWith("Công việc này đã có người khác")));
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
