package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Officials work through the Tasklist in Debian's Chromium: an agency official finds the task of a freshly issued
 * plan under "Việc của đơn vị", records the product and completes it; the SNV specialist accepts it; the
 * chairman approves another plan under "Chờ phê duyệt"; an official of another agency never sees the task. Every
 * step leaves a screenshot in {@code target/screenshots/}.
 */
@CchcIntegrationTest
class TasklistBrowserTest {

    private static final String AGENCY = "so-khoa-hoc-cong-nghe";
    private static final String OTHER_AGENCY = "so-xay-dung";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumInstalled() {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM), "Chromium is not installed (.ci/install-chromium.sh)");
    }

    @Test
    void officialsFindCompleteAcceptAndApproveTheirWorkInVietnamese() {
        long run = System.nanoTime() % 100000;
        String decision = run + "/QĐ-UBND";
        String taskText = "Số hóa hồ sơ thủ tục hành chính về khoa học và công nghệ (đợt " + run + ")";
        String otherText = "Rà soát quy hoạch xây dựng (đợt " + run + ")";
        EnginePlan issued = EnginePlan.draft(engine, "KH-WEB-" + run, 2027, "Kế hoạch CCHC năm 2027 (đợt " + run
                + ")", List.of(
                Map.of("task", taskText, "lead", "Sở Khoa học và Công nghệ", "coordinators", "Sở Nội vụ",
                        "product", "Báo cáo kết quả số hóa", "due", "Quý I/2027"),
                Map.of("task", otherText, "lead", "Sở Xây dựng", "product", "Báo cáo", "due", "Quý II/2027")))
                .issued(decision);
        String toApprove = "Kế hoạch CCHC năm 2028 (đợt " + run + ")";
        EnginePlan awaiting = EnginePlan.draft(engine, "KH-WEB2-" + run, 2028, toApprove, List.of(
                Map.of("task", "Tuyên truyền CCHC", "lead", "Sở Nội vụ", "product", "Báo cáo", "due", "Quý IV/2028")))
                .toLeaderApproval();
        Task execute = issued.agencyTask(decision, 1, AGENCY);

        try (Browser browser = new Browser(port)) {
            try {
                steps(browser, run, taskText, otherText, execute);
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi");
                throw e;
            }
        }
        Task accept = issued.agencyTask(decision, 1, AGENCY);
        assertThat(accept.getTaskDefinitionKey()).isEqualTo("acceptResult");
        assertThat(engine.getTaskService().getVariable(accept.getId(), "productReference"))
                .isEqualTo("Báo cáo số 15/BC-SKHCN ngày 20/3/2027");
    }

    private void steps(Browser browser, long run, String taskText, String otherText, Task execute) {
        {
            // another agency: its own task is listed, ours is not, and our task's link opens nothing
            browser.login("cv." + OTHER_AGENCY);
            browser.clickText("Việc của đơn vị");
            browser.waitForText(otherText);
            assertThat(browser.pageText()).doesNotContain(taskText);
            browser.screenshot("don-vi-khac-khong-thay-viec");
            browser.openTask(execute.getId());
            browser.waitForText(otherText);
            assertThat(browser.pageText()).doesNotContain(taskText);

            // the agency official finds, claims and completes the task
            browser.login("cv." + AGENCY);
            browser.screenshot("chuyen-vien-dang-nhap");
            browser.clickText("Việc của đơn vị");
            browser.waitForText(taskText);
            assertThat(browser.pageText()).contains("Kế hoạch CCHC năm 2027 (đợt " + run + ")", "Quý I/2027",
                    "Sở Khoa học và Công nghệ").doesNotContain(otherText);
            browser.screenshot("viec-cua-don-vi");
            browser.clickText(taskText);
            browser.click("button.claim");
            browser.field("Văn bản / sản phẩm").sendKeys("Báo cáo số 15/BC-SKHCN ngày 20/3/2027");
            browser.screenshot("ghi-nhan-san-pham");
            browser.click("button[ng-click='complete()']");
            browser.waitUntilGone("button[ng-click='complete()']");
            browser.screenshot("da-hoan-thanh");
        }
    }
}
