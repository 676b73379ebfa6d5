package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;

/** An appendix whose title names another year than the draft plan's is flagged on the import preview. */
@CchcIntegrationTest
class ImportYearWarningTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void a2024AppendixImportedIntoA2027DraftIsFlagged() throws IOException {
        String preview = previewOf(draft(2027), "000");

        assertThat(preview).contains("Phụ lục ghi năm 2024, kế hoạch là năm 2027")
                .contains("hãy kiểm tra đã chọn đúng tệp phụ lục chưa");
    }

    @Test
    void anAppendixOfThePlanYearIsNotFlagged() throws IOException {
        String preview = previewOf(draft(2024), "000");

        assertThat(preview).contains("Xem trước danh sách nhiệm vụ").doesNotContain("Phụ lục ghi năm");
    }

    private String draft(int year) {
        String planId = "KH-YEAR-" + year + "-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, year, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm " + year));
        return planId;
    }

    private String previewOf(String planId, String seed) throws IOException {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        String uploadPage = "/plans/" + planId + "/import";
        HttpResponse<String> uploaded = snv.post(uploadPage + "?_csrf="
                        + URLEncoder.encode(snv.csrfToken(uploadPage), StandardCharsets.UTF_8),
                "multipart/form-data; boundary=XYZ", HttpRequest.BodyPublishers.ofByteArray(
                        multipart(seed + ".txt", Files.readAllBytes(Seeds.seed(seed)))), null);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        HttpResponse<String> preview = snv.get(URI.create(uploaded.headers().firstValue("Location").orElseThrow())
                .getPath());
        assertThat(preview.statusCode()).isEqualTo(200);
        return preview.body();
    }

    private static byte[] multipart(String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
