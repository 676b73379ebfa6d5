package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CalendarFiles;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;
import vn.cchc.plan.PlanItem;

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
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        String uploadPage = "/plans/" + planId + "/import";
        HttpResponse<String> uploaded = snv.post(uploadPage, "multipart/form-data; boundary=XYZ",
                HttpRequest.BodyPublishers.ofByteArray(multipart("phu-luc.csv", CSV, snv.csrfToken(uploadPage))), null);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();

        String preview = snv.get(previewPath).body();
        assertThat(preview).contains("Rà soát thủ tục hành chính").contains("Sở Tư pháp")
                .contains("Ban quản lý dự án số 9").contains("dòng 2, cột Cơ quan phối hợp")
                .contains("Cần Sở Nội vụ đặt ngày hoặc gắn sự kiện").contains("31/03/2024")
                .as("2024 has its official calendar").doesNotContain(CalendarFiles.UNCONFIRMED);
        assertThat(items.findByPlan(planId)).isEmpty();

        assertThat(snv.post(previewPath + "/confirm", null, HttpRequest.BodyPublishers.noBody(), null).statusCode())
                .as("a confirmation without the page's CSRF token").isEqualTo(403);
        HttpResponse<String> done = snv.post(previewPath + "/confirm", null, HttpRequest.BodyPublishers.noBody(),
                previewPath);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Đã nhập danh sách nhiệm vụ").contains("1</span> cụm cơ quan chưa xác định");
        assertThat(items.findByPlan(planId)).hasSize(2);
    }

    @Test
    void aPlanYearWithoutItsOfficialCalendarIsSaidOnThePreview() throws Exception {
        int year = CalendarFiles.firstYearWithout();
        planId = "KH-WEB-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, year, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm " + year));
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> uploaded = upload(snv, "phu-luc.csv",
                CSV.replace("2024", String.valueOf(year)).getBytes(StandardCharsets.UTF_8));
        String previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();

        assertThat(snv.get(previewPath).body()).contains("Năm " + year + " " + CalendarFiles.UNCONFIRMED)
                .contains("bổ sung lịch nghỉ năm " + year);
    }

    @Test
    void previewShowsEachActivityWithItsContextAndAsksToConfirmAnEarlyDate() throws Exception {
        String wide = "STT;Mục tiêu;Nhiệm vụ;Hoạt động;Sản phẩm;Chủ trì;Phối hợp;Thời gian\n"
                + "1;Văn bản đúng quy định;Rà soát văn bản;\"Lập kế hoạch rà soát\nBáo cáo kết quả rà soát\";"
                + "\"Kế hoạch\nBáo cáo\";Sở Tư pháp;Sở Nội vụ;\"Quý IV/2023\nQuý IV/2024\"\n";
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> uploaded = upload(snv, "phu-luc.csv", wide.getBytes(StandardCharsets.UTF_8));
        String previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();

        String preview = snv.get(previewPath).body();
        assertThat(preview).contains("Lập kế hoạch rà soát").contains("Báo cáo kết quả rà soát")
                .contains("Thuộc nhiệm vụ:").contains("Rà soát văn bản").contains("Mục tiêu:")
                .contains("Văn bản đúng quy định").contains("Cần xác nhận hạn").contains("trước năm kế hoạch 2024")
                .contains("đã tách thành 2 nhiệm vụ");

        snv.post(previewPath + "/confirm", null, HttpRequest.BodyPublishers.noBody(), previewPath);
        List<PlanItem> stored = items.findByPlan(planId);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).dueDate()).isNull();
        assertThat(stored.get(0).needsDate()).isTrue();
        assertThat(stored.get(1).dueDate()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
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
        assertThat(snv.get("/api/plans/" + planId + "/items").json()).hasSize(2);
    }

    @Test
    void readingAPlanThatDoesNotExistIsA404NamingIt() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        for (String path : List.of("/api/plans/KH-KHONG-CO/items", "/api/plans/KH-KHONG-CO/amendments")) {
            RestClient.Response missing = snv.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.json().get("code").asText()).isEqualTo("plan.notFound");
            assertThat(missing.json().get("message").asText()).contains("KH-KHONG-CO");
        }
    }

    @Test
    void aHostileFileIsRefusedWith422AndTheServerStaysHealthy() throws Exception {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> uploaded = upload(snv, "phu-luc.docx", HostileFiles.docxWithSpan("2000000000"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();

        HttpResponse<String> preview = snv.get(previewPath);
        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(preview.body()).contains("Không nhập được, danh sách nhiệm vụ của kế hoạch không thay đổi")
                .contains("Tệp phu-luc.docx, dòng 2: một ô được gộp ngang 2000000000 cột");
        HttpResponse<String> confirm = snv.post(previewPath + "/confirm", null, HttpRequest.BodyPublishers.noBody(),
                "/plans/" + planId + "/import");
        assertThat(confirm.statusCode()).isEqualTo(422);
        assertThat(items.findByPlan(planId)).isEmpty();

        HttpResponse<String> bomb = snv.get(URI.create(upload(snv, "bom.docx", HostileFiles.docxBomb(100))
                .headers().firstValue("Location").orElseThrow()).getPath());
        assertThat(bomb.statusCode()).isEqualTo(422);
        assertThat(bomb.body()).contains("khi giải nén vượt quá 64 MB");

        assertThat(snv.get("/plans/" + planId + "/import").statusCode()).isEqualTo(200);
        assertThat(RestClient.anonymous(port).get("/actuator/health").body()).contains("UP");
    }

    @Test
    void anUploadOverTheSizeLimitGetsAVietnamese413() throws Exception {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> tooLarge = upload(snv, "phu-luc.csv", new byte[20 * 1024 * 1024 + 1024]);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Tệp tải lên vượt giới hạn 20 MB cho một tệp phụ lục");
        assertThat(snv.get("/plans/" + planId + "/import").statusCode()).isEqualTo(200);
    }

    /** Uploads as the page's form does: the CSRF token in the action's query, readable even when the body is too large. */
    private HttpResponse<String> upload(PageSession snv, String fileName, byte[] content) throws IOException {
        String uploadPage = "/plans/" + planId + "/import";
        return snv.post(uploadPage + "?_csrf=" + URLEncoder.encode(snv.csrfToken(uploadPage), StandardCharsets.UTF_8), "multipart/form-data; boundary=XYZ",
                HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, content, null)), null);
    }

    /** The upload form as a browser sends it: the file, and the CSRF token the page put in the form. */
    private static byte[] multipart(String fileName, String content, String csrf) throws IOException {
        return multipart(fileName, content.getBytes(StandardCharsets.UTF_8), csrf);
    }

    private static byte[] multipart(String fileName, byte[] content, String csrf) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
