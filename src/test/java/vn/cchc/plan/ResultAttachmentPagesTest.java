package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.shared.DueDates;

/**
 * An agency attaches the evidence of its result to its task of an issued plan, over HTTP through the security chain:
 * kinds checked by content, the agency and SNV download it (original Vietnamese name, nosniff), other agencies and
 * leaders are refused, nothing can be added once the result is with SNV, whose review form links the file.
 */
@CchcIntegrationTest
class ResultAttachmentPagesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String VIETNAMESE_NAME = "Báo cáo rà soát thủ tục.pdf";
    private static int counter;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private String planId;
    private PlanDriver plan;
    private ProcessInstance justiceTask;
    private String page;

    @BeforeEach
    void issuedPlan() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 12, 1, 9, 0).atZone(DueDates.ZONE).toInstant()));
        planId = "KH-ATT-" + System.nanoTime() + "-" + (++counter);
        String decision = counter + "" + (System.nanoTime() % 100000) + "/QĐ-UBND";
        plan = new PlanDriver(engine, planId);
        plan.toIssued(decision);
        justiceTask = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKey(decision + ":2:so-tu-phap").singleResult();
        page = "/plans/" + planId + "/tasks/" + justiceTask.getId() + "/attachments";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAgencyAttachesItsEvidenceAndSnvDownloadsItFromTheReviewForm() {
        var runtime = engine.getRuntimeService();
        assertThat(runtime.getVariable(justiceTask.getId(), PlanVariables.ATTACHMENTS_PATH)).isEqualTo(page);

        PageSession agency = PageSession.as(port, "cv.so-tu-phap");
        HttpResponse<String> empty = agency.get(page);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Rà soát, đánh giá thủ tục hành chính", "Sở Tư pháp", "Chưa có tệp nào",
                "enctype=\"multipart/form-data\"");

        HttpResponse<String> uploaded = upload(agency, VIETNAMESE_NAME, "application/pdf", PDF);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).contains(page + "?done=attached");
        String listed = agency.get(uploaded.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(listed).contains(VIETNAMESE_NAME, "Đã đính kèm tệp", "cv.so-tu-phap");
        String download = fileLink(listed);

        // the agency and SNV download it, under its Vietnamese name, never sniffed into something else
        for (String user : List.of("cv.so-tu-phap", "ld.so-tu-phap", "chuyenvien.snv", "giamdoc.snv")) {
            HttpResponse<String> file = PageSession.as(port, user).get(download);
            assertThat(file.statusCode()).as(user).isEqualTo(200);
            assertThat(file.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                    "attachment; filename=\"Bao cao ra soat thu tuc.pdf\"; "
                            + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20r%C3%A0%20so%C3%A1t%20th%E1%BB%A7%20t%E1%BB%A5c.pdf");
        }
        // SNV reads the page but has no upload form
        String snvPage = PageSession.as(port, "chuyenvien.snv").get(page).body();
        assertThat(snvPage).contains(VIETNAMESE_NAME).doesNotContain("multipart/form-data");

        // the agency sends its result: SNV's review step lists the file with its download link
        plan.complete(task("executeTask", justiceTask), "cv.so-tu-phap", List.of("so-tu-phap", "agency-official"),
                Map.of(PlanVariables.PRODUCT_REFERENCE, "Báo cáo số 1/BC-STP"));
        assertThat(task("acceptResult", justiceTask)).isNotNull();
        String list = (String) runtime.getVariable(justiceTask.getId(), PlanVariables.ATTACHMENTS_LIST);
        assertThat(list).startsWith("- [Báo cáo rà soát thủ tục.pdf](" + download + ")");

        // from now on the files are SNV's to read: the agency can no longer add or remove any
        HttpResponse<String> late = upload(agency, "bo-sung.pdf", "application/pdf", PDF);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("không còn ở bước");
        assertThat(agency.postForm(download + "/delete", Map.of(), page).statusCode()).isEqualTo(409);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void otherAgenciesLeadersAndStrangersAreRefused() {
        PageSession agency = PageSession.as(port, "cv.so-tu-phap");
        assertThat(upload(agency, "ket-qua.pdf", "application/pdf", PDF).statusCode()).isEqualTo(302);
        String download = fileLink(agency.get(page).body());

        // another agency: neither the page, nor the file, nor an upload, nor a removal
        PageSession finance = PageSession.as(port, "cv.so-tai-chinh");
        HttpResponse<String> otherPage = finance.get(page);
        assertThat(otherPage.statusCode()).isEqualTo(403);
        assertThat(otherPage.body()).contains("Chỉ cơ quan thực hiện nhiệm vụ và Sở Nội vụ");
        assertThat(finance.get(download).statusCode()).isEqualTo(403);
        assertThat(finance.get(download).body()).doesNotContain("%PDF");
        assertThat(upload(finance, "ket-qua.pdf", "application/pdf", PDF, "/reports").statusCode()).isEqualTo(403);
        // SNV reads but does not attach on the agency's behalf
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> snvUpload = upload(snv, "ket-qua.pdf", "application/pdf", PDF, page);
        assertThat(snvUpload.statusCode()).isEqualTo(403);
        assertThat(snvUpload.body()).contains("Chỉ cán bộ của cơ quan thực hiện nhiệm vụ");
        assertThat(snv.postForm(download + "/delete", Map.of(), "/plans").statusCode()).isEqualTo(403);
        // leaders and appraisers have no rule for these paths: the chain refuses them
        assertThat(PageSession.as(port, "chutich.ubnd").get(download).statusCode()).isEqualTo(403);
        assertThat(PageSession.as(port, "thamdinh.vp").get(page).statusCode()).isEqualTo(403);
        // nobody logged in, a wrong password, no CSRF token
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(base() + download)).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(agency.post(page, "multipart/form-data; boundary=x",
                HttpRequest.BodyPublishers.ofByteArray(multipartBody("x", "ket-qua.pdf", "application/pdf", PDF)),
                null).statusCode()).isEqualTo(403);
        // a task that is not the plan's
        assertThat(agency.get("/plans/" + planId + "/tasks/no-such-task/attachments").statusCode()).isEqualTo(404);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void kindsAreCheckedByContentNotOnlyByName() throws Exception {
        PageSession agency = PageSession.as(port, "cv.so-tu-phap");
        // an executable renamed .pdf, a Word file named .pdf, an empty file: refused, naming the file
        HttpResponse<String> fake = upload(agency, "ket-qua.pdf", "application/pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(fake.statusCode()).isEqualTo(415);
        assertThat(fake.body()).contains("Tệp ket-qua.pdf: nội dung không phải PDF");
        HttpResponse<String> renamed = upload(agency, "bao-cao.pdf", "application/pdf", office("word/document.xml"));
        assertThat(renamed.statusCode()).isEqualTo(415);
        assertThat(renamed.body()).contains("Tệp bao-cao.pdf: tên tệp không khớp nội dung");
        assertThat(upload(agency, "rong.pdf", "application/pdf", new byte[0]).statusCode()).isEqualTo(422);
        assertThat(count()).isZero();

        // a real DOCX and XLSX (whatever type the browser claims), a PNG: accepted, served with their own type
        assertThat(upload(agency, "Báo cáo.docx", "application/octet-stream", office("word/document.xml"))
                .statusCode()).isEqualTo(302);
        assertThat(upload(agency, "Số liệu.XLSX", "application/octet-stream", office("xl/workbook.xml"))
                .statusCode()).isEqualTo(302);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(upload(agency, "ảnh chụp.png", "text/html", png).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("SELECT content_type FROM cchc_result_attachment WHERE task_instance_id = ? "
                + "ORDER BY id", String.class, justiceTask.getId())).containsExactly(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png");

        // over the size limit (20 MB): 413 before anything is stored
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(upload(agency, "lon.pdf", "application/pdf", large).statusCode()).isEqualTo(413);

        // a file attached by mistake is removed while the task is at the agency
        String listed = agency.get(page).body();
        assertThat(agency.postForm(fileLink(listed) + "/delete", Map.of(), page).statusCode()).isEqualTo(302);
        assertThat(count()).isEqualTo(2);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cchc_result_attachment WHERE task_instance_id = ?",
                Integer.class, justiceTask.getId());
    }

    private String fileLink(String html) {
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(page) + "/\\d+)\"").matcher(html);
        assertThat(m.find()).as("a download link on the page").isTrue();
        return m.group(1);
    }

    /** Posts the page's upload form as a browser does: multipart, the CSRF token in the form's address. */
    private HttpResponse<String> upload(PageSession session, String name, String type, byte[] content) {
        return upload(session, name, type, content, page);
    }

    private HttpResponse<String> upload(PageSession session, String name, String type, byte[] content,
                                        String tokenFrom) {
        String token = session.csrfToken(tokenFrom);
        String boundary = "----cchc" + System.nanoTime();
        return session.post(page + "?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, name, type, content)), null);
    }

    private static byte[] multipartBody(String boundary, String name, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] office(String mainPart) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : List.of("[Content_Types].xml", mainPart)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
