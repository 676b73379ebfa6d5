package vn.cchc.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The documents page over real HTTP: who sees which produced document, the downloads (opened with POI) and their
 * Vietnamese file names.
 */
@CchcIntegrationTest
class DocumentsPageTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void provinceReportIsForSnvUntilSignedThenForTheAgencies() throws Exception {
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2031, 1, 6));
        SamplePlan plan = new SamplePlan(jdbc, 2031)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2031, 2, 28), "so-tu-phap")
                .item(2, "III. CẢI CÁCH TTHC", "Số hóa hồ sơ", DeadlineKind.FIXED, LocalDate.of(2031, 9, 30), "van-phong-ubnd")
                .done(1, "so-tu-phap", LocalDate.of(2031, 2, 20), false);
        plan.startReportingCalendar(processEngine);
        Engine.clock(LocalDate.of(2031, 3, 17));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        ProcessInstance report = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.Q1, "so-tu-phap"));
        engine.complete(engine.task(report, "prepareReport"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(ReportVariables.REPORT_SUMMARY, "Báo cáo quý I", ReportVariables.PROGRESS_TEXT, ""));
        engine.complete(engine.task(report, "approveReport"), "ld.so-tu-phap", List.of("so-tu-phap", "agency-head"),
                Engine.decision(true, null));
        Engine.clock(LocalDate.of(2031, 3, 19));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        ProcessInstance province = engine.byKey(ReportVariables.PROVINCE_PROCESS_KEY, plan.provinceKey(ReportPeriod.Q1));
        assertThat(engine.task(province, "reviewProvinceReport")).isNotNull();

        String page = page("chuyenvien.snv", plan.id);
        assertThat(page).contains("Báo cáo và tài liệu CCHC", "Kế hoạch cải cách hành chính năm 2031", "Quý I năm 2031",
                "Báo cáo công tác cải cách hành chính", "Dự thảo");
        String docxId = link(page, "Báo cáo công tác CCHC Quý I năm 2031.docx");
        String xlsxId = link(page, "Số liệu báo cáo công tác CCHC Quý I năm 2031.xlsx");

        HttpResponse<byte[]> docx = download("chuyenvien.snv", docxId);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(DOCX);
        String disposition = docx.headers().firstValue("Content-Disposition").orElseThrow();
        // á = C3 A1, ô = C3 B4, ý = C3 BD, ă = C4 83 in UTF-8
        assertThat(disposition).isEqualTo("attachment; filename=\"Bao cao cong tac CCHC Quy I nam 2031.docx\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20c%C3%B4ng%20t%C3%A1c%20CCHC%20Qu%C3%BD%20I%20n%C4%83m%202031.docx");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("Báo cáo công tác CCHC Quý I năm 2031.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Kế hoạch cải cách hành chính năm 2031",
                    "Quý I năm 2031", "Có 1/2 cơ quan, đơn vị gửi báo cáo", "chưa gửi báo cáo: Văn phòng UBND tỉnh");
        }
        HttpResponse<byte[]> xlsx = download("giamdoc.snv", xlsxId);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            // per area: title, subtitle, blank, heading, II (1 task), III (1 task), total 2
            assertThat(wb.getSheet("Theo lĩnh vực").getRow(6).getCell(2).getNumericCellValue()).isEqualTo(2);
        }
        // the per-agency table: a file of its own next to the summary, said so on the page
        String agenciesId = link(page, "Số liệu từng cơ quan, báo cáo công tác CCHC Quý I năm 2031.xlsx");
        assertThat(page).contains("Bảng số liệu chi tiết từng cơ quan, đơn vị (kèm bảng số liệu báo cáo)");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                download("giamdoc.snv", agenciesId).body()))) {
            assertThat(wb.getSheet("Theo cơ quan").getRow(5).getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
        }
        assertThat(download("cv.so-tu-phap", agenciesId).statusCode()).isEqualTo(403);

        // an agency sees nothing of a draft, not even by its link
        assertThat(page("cv.so-tu-phap", plan.id)).doesNotContain(docxId, "Dự thảo")
                .contains("Chưa có báo cáo hoặc tài liệu nào.");
        HttpResponse<byte[]> refused = download("cv.so-tu-phap", docxId);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("chưa được ký hoặc công bố");

        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "false"));
        engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));

        // the instance has ended: the signed report is still served, now to the agencies too
        assertThat(page("ld.van-phong-ubnd", plan.id)).contains(docxId, xlsxId, "Đã ký").doesNotContain("Dự thảo");
        HttpResponse<byte[]> signed = download("cv.so-tu-phap", docxId);
        assertThat(signed.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(signed.body()))) {
            // written again when signed: the signer's name under the signature
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Võ Quốc Bảo", "Quý I năm 2031");
        }
        assertThat(page("chutich.ubnd", plan.id)).contains(docxId, "Đã ký");

        // year-end workbooks: SNV only
        runYearEndStatistics(plan);
        String snvPage = page("chuyenvien.snv", plan.id);
        String carryOverId = link(snvPage, "Nhiệm vụ chuyển tiếp sang năm 2032.xlsx");
        link(snvPage, "Thống kê kết quả thực hiện kế hoạch CCHC năm 2031.xlsx");
        String perAgencyId = link(snvPage, "Thống kê từng cơ quan, kết quả thực hiện kế hoạch CCHC năm 2031.xlsx");
        assertThat(snvPage).contains("Thống kê chi tiết từng cơ quan, đơn vị (kèm thống kê năm)");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("chuyenvien.snv", carryOverId).body()))) {
            Sheet sheet = wb.getSheetAt(0);
            // title, subtitle, blank, heading, then only item 2, the one unfinished
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Số hóa hồ sơ");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Văn phòng UBND tỉnh");
        }
        assertThat(page("cv.so-tu-phap", plan.id)).doesNotContain(carryOverId, "chuyển tiếp");
        assertThat(download("cv.so-tu-phap", carryOverId).statusCode()).isEqualTo(403);
        assertThat(download("cv.so-tu-phap", perAgencyId).statusCode()).isEqualTo(403);
    }

    @Test
    void parRankingReachesTheAgenciesOncePublished() throws Exception {
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2034, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2033)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2033, 3, 31), "so-tu-phap")
                .done(1, "so-tu-phap", LocalDate.of(2033, 3, 20), false);
        ProcessInstance round = processEngine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2033",
                Map.of("planId", plan.id, "planYear", 2033));
        ProcessInstance justice = engine.byKey("parAssessment", "PAR-2033:so-tu-phap");
        engine.complete(engine.task(justice, "selfAssess"), "cv.so-tu-phap", List.of("so-tu-phap"), Map.of("scoresText",
                "1.1 | 3 | a\n1.2 | 2 | b\n1.3 | 2 | c\n2.1 | 3 | d\n3.1 | 4 | e\n4.1 | 2 | f\n5.1 | 3 | g\n6.1 | 2 | h"));
        engine.runDueJobs("planYear", 2033);
        for (var task : processEngine.getTaskService().createTaskQuery().processInstanceId(justice.getId()).list()) {
            String group = processEngine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
            engine.complete(task, "cv." + group, List.of(group), Map.of());
        }
        engine.runDueJobs("planYear", 2033);
        assertThat(engine.task(round, "reviewParRanking")).isNotNull();

        String id = link(page("chuyenvien.snv", plan.id), "Xếp hạng Chỉ số CCHC năm 2033.xlsx");
        assertThat(page("cv.so-tu-phap", plan.id)).doesNotContain(id);
        assertThat(download("cv.so-tu-phap", id).statusCode()).isEqualTo(403);

        engine.complete(engine.task(round, "reviewParRanking"), "chuyenvien.snv", List.of("snv-specialist"), Map.of());
        engine.complete(engine.task(round, "approveParRanking"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));

        assertThat(page("cv.so-tu-phap", plan.id)).contains(id, "Đã công bố", "Năm 2033");
        HttpResponse<byte[]> xlsx = download("cv.so-tu-phap", id);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValue("attachment; "
                + "filename=\"Xep hang Chi so CCHC nam 2033.xlsx\"; "
                + "filename*=UTF-8''X%E1%BA%BFp%20h%E1%BA%A1ng%20Ch%E1%BB%89%20s%E1%BB%91%20CCHC%20n%C4%83m%202033.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
            Row first = wb.getSheetAt(0).getRow(4);
            assertThat(first.getCell(first.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(21);   // appraised
        }
    }

    @Test
    void strangersAreRefused() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/reports")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        // no Basic challenge: a browser would open its own password prompt instead of the one login
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(anonymous.body()).contains("Vui lòng đăng nhập");

        assertThat(get("khong.ton.tai", "/reports").statusCode()).isEqualTo(401);

        // a user of no group (a wrong password is tried on it, not on a demo user other tests log in with)
        String stranger = "khach.tailieu";
        if (processEngine.getIdentityService().createUserQuery().userId(stranger).count() == 0) {
            User user = processEngine.getIdentityService().newUser(stranger);
            user.setPassword("demo");
            processEngine.getIdentityService().saveUser(user);
        }
        HttpResponse<String> forbidden = get(stranger, "/reports");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("không có quyền");
        assertThat(get(stranger + ":sai-mat-khau", "/reports").statusCode()).isEqualTo(401);
    }

    @Test
    void tasklistSessionOpensThePage() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=giamdoc.snv&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/reports")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Báo cáo và tài liệu CCHC", "Đăng nhập: <span>giamdoc.snv</span>");
    }

    private void runYearEndStatistics(SamplePlan plan) {
        String key = "testYearEndDocuments";
        synchronized (DocumentsPageTest.class) {
            if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
                processEngine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn",
                        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                                .serviceTask().camundaDelegateExpression("${yearEndStatistics}").endEvent().done())
                        .deploy();
            }
        }
        Engine.clock(LocalDate.of(2031, 12, 15));
        processEngine.getRuntimeService().startProcessInstanceByKey(key, Map.of(ReportVariables.PLAN_ID, plan.id));
    }

    private String page(String user, String planId) throws Exception {
        HttpResponse<String> response = get(user, "/reports?plan=" + planId);
        assertThat(response.statusCode()).as(user).isEqualTo(200);
        return response.body();
    }

    /** The document id of the link whose text is the file name. */
    private static String link(String page, String fileName) {
        Matcher m = Pattern.compile("href=\"/reports/([0-9a-f-]{36})\">" + Pattern.quote(fileName) + "</a>").matcher(page);
        assertThat(m.find()).as("link to " + fileName + " in\n" + page).isTrue();
        return m.group(1);
    }

    private HttpResponse<byte[]> download(String user, String id) throws IOException, InterruptedException {
        return http.send(request(user, "/reports/" + id), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String user, String path) {
        String credentials = user.contains(":") ? user : user + ":demo";
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
