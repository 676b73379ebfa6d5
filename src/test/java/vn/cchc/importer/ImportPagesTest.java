package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/** The upload → preview → confirm pages and the JSON items API, over HTTP with the demo users. */
@CchcIntegrationTest
class ImportPagesTest {

    private static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
            1,Rà soát thủ tục hành chính,Sở Tư pháp,Ban quản lý dự án số 9,Báo cáo,Quý I/2024
            2,Kiểm tra công tác CCHC,Sở Nội vụ,,Kế hoạch,Theo quy định
            """;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanItems items;

    private final HttpClient http = HttpClient.newHttpClient();
    private String planId;

    @BeforeEach
    void newDraftPlan() {
        planId = "KH-WEB-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (thử)"));
    }

    @Test
    void onlySnvSpecialistsAndAdministratorsMayImport() {
        assertThat(RestClient.anonymous(port).get("/plans/" + planId + "/import").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv.so-tu-phap").get("/plans/" + planId + "/import").status()).isEqualTo(403);
        RestClient.Response page = RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch CCHC năm 2024 (thử)").contains("Tải lên và xem trước");
    }

    @Test
    void uploadPreviewAndConfirm() throws Exception {
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/plans/" + planId + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("phu-luc.csv", CSV))));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();

        String preview = send(HttpRequest.newBuilder(uri(previewPath)).GET()).body();
        assertThat(preview).contains("Rà soát thủ tục hành chính").contains("Sở Tư pháp")
                .contains("Ban quản lý dự án số 9").contains("dòng 2, cột Cơ quan phối hợp")
                .contains("Cần Sở Nội vụ đặt ngày hoặc gắn sự kiện").contains("31/03/2024");
        assertThat(items.findByPlan(planId)).isEmpty();

        HttpResponse<String> done = send(HttpRequest.newBuilder(uri(previewPath + "/confirm"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Đã nhập danh sách nhiệm vụ").contains("1</span> cụm cơ quan chưa xác định");
        assertThat(items.findByPlan(planId)).hasSize(2);
    }

    @Test
    void jsonItemsApiIsAllOrNothing() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        RestClient.Response ok = snv.post("/api/plans/" + planId + "/items", """
                [{"task": "Ban hành Kế hoạch kiểm tra CCHC", "lead": "Sở Nội vụ", "due": "Quý I/2024"},
                 {"task": "Báo cáo CCHC", "lead": ["Các sở, ban, ngành tỉnh"], "due": "Sau khi có kết quả công bố"}]""");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("items").asInt()).isEqualTo(2);
        assertThat(ok.json().get("assignments").asInt()).isEqualTo(14);
        assertThat(ok.json().get("needsDate").toString()).isEqualTo("[2]");

        RestClient.Response bad = snv.post("/api/plans/" + planId + "/items", """
                [{"task": "Nhiệm vụ mới", "lead": "Sở Không Có"}]""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("problems").get(0).asText())
                .isEqualTo("Nhiệm vụ thứ 1: không tìm thấy cơ quan chủ trì \"Sở Không Có\".");
        assertThat(items.findByPlan(planId)).hasSize(2);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("chuyenvien.snv:demo".getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipart(String fileName, String content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
