package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * "Thêm ý kiến" in the Tasklist: an agency's official comments on their own task and reads what SNV wrote there;
 * another agency neither reads nor writes there; nobody edits or deletes someone else's comment; the engine's own
 * attachments are closed.
 */
@CchcIntegrationTest
class TaskCommentsTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private static final Date DUE = Date.from(LocalDate.of(2030, 3, 31).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant());

    private Task task;
    private Task otherTask;
    private String path;
    private RestClient official;

    @BeforeEach
    void tasksOfSoTuPhapAndSoTaiChinh() {
        task = start("so-tu-phap");
        otherTask = start("so-tai-chinh");
        path = "/engine-rest/task/" + task.getId() + "/comment";
        official = RestClient.as(port, "cv.so-tu-phap");
    }

    private Task start(String agency) {
        String key = "comment-" + agency + "-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey("planTask", key, Map.of("agencyId", agency,
                "planId", "KH-CMT", "taskText", "Rà soát thủ tục hành chính", "dueDate", DUE));
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
    }

    @Test
    void theOfficialCommentsOnTheirTaskAndReadsWhatSnvWrote() {
        RestClient.Response added = official.post(path + "/create", Map.of("message", "Đã gửi dự thảo xin ý kiến."));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        RestClient.Response snv = RestClient.as(port, "chuyenvien.snv").post(path + "/create",
                Map.of("message", "Đề nghị hoàn thành trước ngày 20."));
        assertThat(snv.status()).as(snv.body()).isEqualTo(200);

        RestClient.Response listed = official.get(path);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("Đã gửi dự thảo xin ý kiến.", "Đề nghị hoàn thành trước ngày 20.");
        assertThat(listed.json().findValuesAsText("userId")).containsExactlyInAnyOrder("cv.so-tu-phap",
                "chuyenvien.snv");
    }

    @Test
    void anotherAgencyNeitherReadsNorWritesThere() {
        official.post(path + "/create", Map.of("message", "Ý kiến nội bộ của Sở Tư pháp."));
        RestClient stranger = RestClient.as(port, "cv.so-tai-chinh");

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.post(path + "/create", Map.of("message", "Chen vào")).status()).isEqualTo(400);
        String commentId = engine.getTaskService().getTaskComments(task.getId()).get(0).getId();
        RestClient.Response byId = stranger.get(path + "/" + commentId);
        assertThat(byId.status()).as(byId.body()).isEqualTo(403);
        assertThat(byId.body()).doesNotContain("nội bộ").contains("không thuộc cơ quan, đơn vị của bạn");
        assertThat(engine.getTaskService().getTaskComments(task.getId())).hasSize(1);
    }

    @Test
    void aCommentStaysOnTheTasksOwnInstanceAndWithinItsBound() {
        RestClient.Response elsewhere = official.post(path + "/create", Map.of("message", "Ghi vào hồ sơ khác",
                "processInstanceId", otherTask.getProcessInstanceId()));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.json().get("message").asText())
                .isEqualTo("Ý kiến chỉ được gắn với hồ sơ của chính công việc đang xem.");

        RestClient.Response tooLong = official.post(path + "/create", Map.of("message", "Ý".repeat(4001)));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).startsWith("Ý kiến dài 4001 ký tự, vượt giới hạn 4000 ký tự");

        assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
        assertThat(engine.getTaskService().getProcessInstanceComments(otherTask.getProcessInstanceId())).isEmpty();
    }

    @Test
    void onlyItsAuthorEditsOrDeletesAComment() {
        String snvComment = RestClient.as(port, "chuyenvien.snv").post(path + "/create",
                Map.of("message", "Đề nghị bổ sung số liệu.")).json().get("id").asText();
        String own = official.post(path + "/create", Map.of("message", "Đã nhận.")).json().get("id").asText();

        RestClient.Response edit = official.put(path, Map.of("id", snvComment, "message", "Không cần bổ sung."));
        assertThat(edit.status()).as(edit.body()).isEqualTo(403);
        assertThat(edit.json().get("message").asText()).isEqualTo("Chỉ người viết ý kiến mới được sửa hoặc xoá ý kiến đó.");
        assertThat(official.delete(path + "/" + snvComment).status()).isEqualTo(403);
        assertThat(official.delete(path).status()).isEqualTo(403);

        RestClient.Response ownEdit = official.put(path, Map.of("id", own, "message", "Đã nhận, đang thực hiện."));
        assertThat(ownEdit.status()).as(ownEdit.body()).isEqualTo(204);
        assertThat(official.delete(path + "/" + own).status()).isEqualTo(204);

        assertThat(engine.getTaskService().getTaskComments(task.getId()))
                .singleElement().satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("Đề nghị bổ sung số liệu."));
    }

    /**
     * The engine's own attachments check no permission: an official could store files on their task outside the
     * files page's checks, and anyone read an attachment by its id. Result files go through the files page.
     */
    @Test
    void theEnginesAttachmentsAreNoWayAroundTheFilesPage() throws Exception {
        String boundary = "cchc-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nbao-cao.pdf\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"bao-cao.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 tệp không qua trang tệp\r\n--" + boundary + "--\r\n";
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/task/" + task.getId() + "/attachment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "cv.so-tu-phap:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(400);
        assertThat(added.body()).contains("trang tệp của công việc").doesNotContain("Task id is null");

        RestClient.Response listed = official.get("/engine-rest/task/" + task.getId() + "/attachment");
        assertThat(listed.status()).as(listed.body()).isEqualTo(403);
        assertThat(listed.json().get("message").asText()).contains("trang tệp của công việc");
        assertThat(engine.getTaskService().getTaskAttachments(task.getId())).isEmpty();
    }
}
