package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanVariables;

/**
 * Officials work through the Tasklist in Debian's Chromium: an agency official finds the task of a freshly issued
 * plan under "Việc của đơn vị", attaches the result file on the task's files page, is refused a blank product (the
 * error box leaves the Complete button clickable), records the product and completes it; the SNV specialist sees
 * the file in the review form, downloads it and accepts the result; the
 * chairman approves another plan under "Chờ phê duyệt"; an official of another agency never sees the task. Every
 * step leaves a screenshot in {@code target/screenshots/}.
 */
@BrowserTest
class TasklistBrowserTest {

    private static final String AGENCY = "so-khoa-hoc-cong-nghe";
    private static final String OTHER_AGENCY = "so-xay-dung";
    private static final String PRODUCT = "Báo cáo số 15/BC-SKHCN ngày 20/3/2027";
    private static final String COMMENT = "Sở đã gửi dự thảo báo cáo, chờ số liệu của các phòng.";
    private static final String FILE_NAME = "bao-cao-ket-qua-so-hoa.pdf";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @Test
    void officialsFindCompleteAcceptAndApproveTheirWorkInVietnamese() {
        Run run = plans(System.nanoTime() % 100000);
        try (Browser browser = new Browser(port)) {
            try {
                steps(browser, run);
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi");
                throw e;
            }
        }
    }

    /** One issued plan with a task for each of two agencies, and one plan waiting for the chairman. */
    private Run plans(long n) {
        String decision = n + "/QĐ-UBND";
        String planTitle = "Kế hoạch CCHC năm 2027 (đợt " + n + ")";
        String taskText = "Số hóa hồ sơ thủ tục hành chính về khoa học và công nghệ (đợt " + n + ")";
        String otherText = "Rà soát quy hoạch xây dựng (đợt " + n + ")";
        EnginePlan issued = EnginePlan.draft(engine, "KH-WEB-" + n, 2027, planTitle, List.of(
                Map.of("task", taskText, "lead", "Sở Khoa học và Công nghệ", "coordinators", "Sở Nội vụ",
                        "product", "Báo cáo kết quả số hóa", "due", "Quý I/2027"),
                Map.of("task", otherText, "lead", "Sở Xây dựng", "product", "Báo cáo", "due", "Quý II/2027")))
                .issued(decision);
        String toApprove = "Kế hoạch CCHC năm 2028 (đợt " + n + ")";
        EnginePlan awaiting = EnginePlan.draft(engine, "KH-WEB2-" + n, 2028, toApprove, List.of(
                Map.of("task", "Tuyên truyền CCHC", "lead", "Sở Nội vụ", "product", "Báo cáo", "due", "Quý IV/2028")))
                .toLeaderApproval();
        return new Run(decision, planTitle, taskText, otherText, issued, toApprove, awaiting);
    }

    private void steps(Browser browser, Run run) {
        // an official of another agency: its own task is listed, ours is not
        browser.login("cv." + OTHER_AGENCY);
        browser.clickText("Việc của đơn vị");
        browser.waitForText(run.otherText);
        assertThat(browser.pageText()).doesNotContain(run.taskText);
        browser.screenshot("don-vi-khac-khong-thay-viec");

        // the agency official finds the task under "Việc của đơn vị", claims it, records the product, completes it
        browser.login("cv." + AGENCY, "chuyen-vien-dang-nhap");
        browser.clickText("Việc của đơn vị");
        browser.waitForText(run.taskText);
        assertThat(browser.pageText()).contains(run.planTitle).doesNotContain(run.otherText);
        browser.screenshot("viec-cua-don-vi");
        browser.openCard(run.taskText);
        browser.click("button.claim");
        browser.waitUntilGone("button.claim");
        Task execute = run.issued.agencyTask(run.decision, 1, AGENCY);

        // the official leaves a comment on the task ("Thêm ý kiến"); the task's history shows it
        browser.click("a.createCommentLink");
        browser.waitVisible("#comment-form-message").sendKeys(COMMENT);
        browser.screenshot("them-y-kien");
        browser.click("form[name='newComment'] button[type='submit']");
        browser.waitUntilGone("#comment-form-message");
        assertThat(engine.getTaskService().getTaskComments(execute.getId())).singleElement().satisfies(c -> {
            assertThat(c.getFullMessage()).isEqualTo(COMMENT);
            assertThat(c.getUserId()).isEqualTo("cv." + AGENCY);
        });
        browser.clickText("Lịch sử");
        browser.waitForText(COMMENT);
        browser.screenshot("y-kien-trong-lich-su");
        browser.clickText("Biểu mẫu");
        String filesPage = (String) engine.getRuntimeService().getVariable(execute.getProcessInstanceId(),
                PlanVariables.ATTACHMENTS_PATH);
        assertThat(browser.find("a[href$='" + filesPage + "']").getText())
                .isEqualTo("đính kèm hoặc xem tệp đã đính kèm");

        // the official attaches the evidence on the task's files page, in the same session, and comes back
        browser.openPage(filesPage);
        browser.waitForText("Tệp kết quả thực hiện nhiệm vụ");
        browser.find("input[type='file'][name='file']").sendKeys(resultFile().toAbsolutePath().toString());
        browser.clickText("Đính kèm");
        browser.waitForText("Đã đính kèm tệp.");
        browser.waitForText(FILE_NAME);
        browser.screenshot("dinh-kem-tep-ket-qua");
        browser.openTask(filterId("Việc của đơn vị"), execute.getId());

        // a product of blanks passes the form but not the server: the error box must leave the buttons usable
        browser.field("Văn bản / sản phẩm").sendKeys("   ");
        browser.click("button[ng-click='complete()']");
        browser.waitVisible(".page-notifications .alert");
        assertThat(browser.text(".page-notifications")).contains("Chưa nhập \"Văn bản / sản phẩm\"");
        browser.screenshot("loi-khong-che-nut");
        assertThat(browser.reachable("button[ng-click='complete()']"))
                .as("the Complete button is not covered by the error box").isTrue();
        browser.field("Văn bản / sản phẩm").clear();
        browser.field("Văn bản / sản phẩm").sendKeys(PRODUCT);
        // a note longer than the server keeps (4,000 characters): the form says so in Vietnamese when the field is left
        browser.field("Ghi chú kết quả thực hiện").sendKeys("x".repeat(4001), org.openqa.selenium.Keys.TAB);
        browser.screenshot("ghi-chu-qua-dai");
        browser.waitForText("Tối đa 4000 ký tự.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(execute.getId()).count()).isEqualTo(1);
        browser.field("Ghi chú kết quả thực hiện").sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        assertThat(browser.pageText()).contains(run.taskText, "Báo cáo kết quả số hóa", "Quý I/2027",
                "31/03/2027", "Sở Khoa học và Công nghệ", "Sở Nội vụ", run.decision);
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.now(vn.cchc.shared.DueDates.ZONE), java.time.LocalDate.of(2027, 3, 31));
        if (daysLeft > 0) {
            assertThat(browser.pageText()).contains("Thời gian còn lại: còn " + daysLeft + " ngày");
        }
        browser.screenshot("ghi-nhan-san-pham");
        browser.click("button[ng-click='complete()']");
        browser.waitUntilGone("button[ng-click='complete()']");
        browser.waitUntilTextGone(run.taskText);
        browser.screenshot("da-hoan-thanh");
        Task accept = run.issued.agencyTask(run.decision, 1, AGENCY);
        assertThat(accept.getTaskDefinitionKey()).isEqualTo("acceptResult");
        assertThat(engine.getTaskService().getVariable(accept.getId(), "productReference")).isEqualTo(PRODUCT);

        // the SNV specialist opens it from the link a notification carries and accepts the result
        browser.login("chuyenvien.snv");
        browser.openTask(filterId("Việc của đơn vị"), accept.getId());
        browser.waitForText(PRODUCT);
        browser.click("button.claim");
        browser.waitUntilGone("button.claim");
        // the Tasklist may close a task opened by link once it is claimed: open the link again
        browser.openTask(filterId("Việc của đơn vị"), accept.getId());
        browser.waitForText(PRODUCT);
        // the review form lists the attached file; SNV downloads it in its session
        org.openqa.selenium.WebElement fileLink = browser.waitVisible("a[href*='" + filesPage + "/']");
        assertThat(fileLink.getAttribute("textContent")).isEqualTo(FILE_NAME);
        String download = fileLink.getAttribute("href");
        List<?> fetched = (List<?>) browser.script("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done([r.status,"
                + " r.headers.get('content-type'), t]))).catch(e => done([0, String(e), '']));", download);
        assertThat(((Number) fetched.get(0)).intValue()).isEqualTo(200);
        assertThat((String) fetched.get(1)).startsWith("application/pdf");
        assertThat((String) fetched.get(2)).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        browser.screenshot("so-noi-vu-thay-tep");
        browser.clickText("Chấp nhận kết quả");
        browser.screenshot("so-noi-vu-chap-nhan");
        browser.click("button[ng-click='complete()']");
        browser.waitUntilGone("button[ng-click='complete()']");
        browser.screenshot("so-noi-vu-da-chap-nhan");
        assertThat(run.issued.agencyTask(run.decision, 1, AGENCY)).isNull();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(run.decision + ":1:" + AGENCY).finished().count()).isEqualTo(1);

        // the chairman finds the plan under "Chờ phê duyệt" and approves it
        browser.login("chutich.ubnd");
        browser.clickText("Chờ phê duyệt");
        browser.waitForText(run.toApproveTitle);
        browser.screenshot("cho-phe-duyet");
        browser.openCard(run.toApproveTitle);
        browser.click("button.claim");
        browser.clickText("Phê duyệt");
        browser.screenshot("lanh-dao-phe-duyet");
        browser.click("button[ng-click='complete()']");
        browser.waitUntilGone("button[ng-click='complete()']");
        browser.screenshot("lanh-dao-da-phe-duyet");
        assertThat(run.awaiting.currentTask().getTaskDefinitionKey()).isEqualTo("issuePlan");
    }

    /** The evidence the official attaches: a small PDF (kinds are checked by content). */
    private static Path resultFile() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-files"));
            return Files.write(dir.resolve(FILE_NAME), PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    /** The plans of one run, with texts unique to it. */
    private record Run(String decision, String planTitle, String taskText, String otherText, EnginePlan issued,
                       String toApproveTitle, EnginePlan awaiting) {
    }
}
