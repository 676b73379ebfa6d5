package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;

/**
 * SNV corrects cells of the import preview instead of uploading the file again, over HTTP through the security
 * chain: the corrected task, lead agency and deadline are read as the file's cells are (agency resolved, due date
 * computed), shown before confirming and written at confirmation; an emptied task cell or a stale page is refused
 * with the row named and nothing written; other roles are refused.
 */
@CchcIntegrationTest
class ImportCorrectionsTest {

    private static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
            1,Rà soát thủ tục hành chính,Sở Tư pháp,,Báo cáo,Quý I/2024
            2,Kiểm tra công tác CCHC,Ban quản lý dự án số 9,,Kế hoạch,Theo quy định
            """;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanItems items;

    private String planId;
    private PageSession snv;
    private String previewPath;

    @BeforeEach
    void uploadedAppendix() throws IOException {
        planId = "KH-CORR-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (sửa ô)"));
        snv = PageSession.as(port, "chuyenvien.snv");
        String uploadPage = "/plans/" + planId + "/import";
        HttpResponse<String> uploaded = snv.post(uploadPage + "?_csrf="
                        + URLEncoder.encode(snv.csrfToken(uploadPage), StandardCharsets.UTF_8),
                "multipart/form-data; boundary=XYZ", HttpRequest.BodyPublishers.ofByteArray(multipart(CSV)), null);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        previewPath = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void snvCorrectsTaskLeadAndDeadlineSeesThemReadAndImportsThem() {
        String preview = snv.get(previewPath).body();
        assertThat(preview).contains("name=\"task.1\"", "name=\"lead.1\"", "name=\"deadline.1\"", "name=\"row.1\"")
                .contains("Ban quản lý dự án số 9").contains("Cần Sở Nội vụ đặt ngày hoặc gắn sự kiện");

        Map<String, String> corrected = Map.of("row.1", "3", "task.1", "Kiểm tra công tác cải cách hành chính",
                "lead.1", "Sở Nội vụ", "deadline.1", "Quý II/2024",
                // unchanged cells posted back (a browser without the page's script sends the whole table)
                "row.0", "2", "task.0", "Rà soát thủ tục hành chính", "lead.0", "Sở Tư pháp", "deadline.0", "Quý I/2024");
        HttpResponse<String> review = snv.postForm(previewPath + "/review", corrected, previewPath);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("Đã áp dụng 3 ô sửa")
                .contains("Kiểm tra công tác cải cách hành chính").contains("30/06/2024")
                .doesNotContain("Cụm cơ quan chưa xác định").contains("class=\"cell corrected\"");
        assertThat(items.findByPlan(planId)).as("a review writes nothing").isEmpty();

        HttpResponse<String> done = snv.postForm(previewPath + "/confirm", corrected, previewPath);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Đã nhập danh sách nhiệm vụ");
        List<PlanItem> stored = items.findByPlan(planId);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).task()).isEqualTo("Rà soát thủ tục hành chính");
        assertThat(stored.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        PlanItem second = stored.get(1);
        assertThat(second.task()).isEqualTo("Kiểm tra công tác cải cách hành chính");
        assertThat(second.leadAgencies()).containsExactly("so-noi-vu");
        assertThat(second.deadlineText()).isEqualTo("Quý II/2024");
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void anEmptiedTaskOrAStalePageIsRefusedNamingTheRowAndNothingChanges() {
        // a first import without corrections: its items must survive the refused ones
        assertThat(snv.postForm(previewPath + "/confirm", Map.of(), previewPath).statusCode()).isEqualTo(200);
        List<PlanItem> before = items.findByPlan(planId);
        assertThat(before).hasSize(2);
        HttpResponse<String> uploadedAgain = reupload();
        String again = URI.create(uploadedAgain.headers().firstValue("Location").orElseThrow()).getPath();

        HttpResponse<String> blank = snv.postForm(again + "/confirm",
                Map.of("row.1", "3", "task.1", "  ", "deadline.1", "Quý II/2024"), again);
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Dòng 3, cột Nhiệm vụ: ô đã sửa để trống");
        assertThat(items.findByPlan(planId)).isEqualTo(before);

        HttpResponse<String> review = snv.postForm(again + "/review", Map.of("row.1", "3", "task.1", ""), again);
        assertThat(review.statusCode()).isEqualTo(422);
        assertThat(review.body()).contains("Dòng 3, cột Nhiệm vụ");

        HttpResponse<String> otherRow = snv.postForm(again + "/confirm",
                Map.of("row.1", "2", "deadline.1", "Quý II/2024"), again);
        assertThat(otherRow.statusCode()).isEqualTo(422);
        assertThat(otherRow.body()).contains("không còn khớp với bảng nhiệm vụ");
        HttpResponse<String> noSuchRow = snv.postForm(again + "/confirm", Map.of("deadline.7", "Quý II/2024"), again);
        assertThat(noSuchRow.statusCode()).isEqualTo(422);
        assertThat(noSuchRow.body()).contains("vị trí 7");
        assertThat(items.findByPlan(planId)).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayImportMayCorrect() {
        PageSession official = PageSession.as(port, "cv.so-tu-phap");
        HttpResponse<String> refused = official.postForm(previewPath + "/review",
                Map.of("row.1", "3", "deadline.1", "Quý II/2024"), null);
        assertThat(refused.statusCode()).isIn(401, 403);
        assertThat(official.get(previewPath).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> reupload() {
        try {
            String uploadPage = "/plans/" + planId + "/import";
            return snv.post(uploadPage + "?_csrf=" + URLEncoder.encode(snv.csrfToken(uploadPage),
                            StandardCharsets.UTF_8), "multipart/form-data; boundary=XYZ",
                    HttpRequest.BodyPublishers.ofByteArray(multipart(CSV)), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] multipart(String csv) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"phu-luc.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
