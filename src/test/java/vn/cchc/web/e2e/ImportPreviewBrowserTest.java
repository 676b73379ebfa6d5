package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;

/**
 * SNV corrects cells of an import preview in Chromium instead of uploading the appendix again: a deadline and a lead
 * agency typed into the table, "Xem lại với các ô đã sửa" shows the new date and agency, "Xác nhận nhập" writes them
 * (the page's script sends the cells that differ from the file, also from the reviewed page).
 */
@BrowserTest
class ImportPreviewBrowserTest {

    private static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
            1,Rà soát thủ tục hành chính,Sở Tư pháp,,Báo cáo,Quý I/2024
            2,Kiểm tra công tác CCHC,Ban quản lý dự án số 9,,Kế hoạch,Theo quy định
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanItems items;
    @LocalServerPort
    int port;

    @Test
    void snvCorrectsADeadlineAndALeadInThePreviewAndImports() throws IOException {
        String planId = "KH-IMPORT-UI-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (sửa ô)"));
        Path file = Files.createDirectories(Path.of("target", "browser-files")).resolve("phu-luc-sua-o.csv");
        Files.writeString(file, CSV);

        try (Browser browser = new Browser(port)) {
            try {
                browser.login("chuyenvien.snv");
                browser.openPage("/plans/" + planId + "/import");
                browser.find("input[type='file'][name='file']").sendKeys(file.toAbsolutePath().toString());
                browser.clickText("Tải lên và xem trước");
                browser.waitForText("Xem trước danh sách nhiệm vụ");
                type(browser.find("input[name='deadline.1']"), "Quý II/2024");
                type(browser.find("input[name='lead.1']"), "Sở Nội vụ");
                browser.screenshot("nhap-sua-o");
                browser.clickText("Xem lại với các ô đã sửa");
                browser.waitForText("Đã áp dụng 2 ô sửa");
                assertThat(browser.pageText()).contains("30/06/2024").doesNotContain("Cụm cơ quan chưa xác định");
                assertThat(browser.find("input[name='deadline.1']").getAttribute("class")).contains("corrected");
                browser.screenshot("nhap-xem-lai");
                assertThat(items.findByPlan(planId)).isEmpty();

                browser.clickText("Xác nhận nhập (thay thế danh sách nhiệm vụ của dự thảo)");
                browser.waitForText("Đã nhập danh sách nhiệm vụ");
                browser.screenshot("nhap-da-nhap");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("nhap-loi");
                throw e;
            }
        }
        List<PlanItem> stored = items.findByPlan(planId);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(stored.get(1).leadAgencies()).containsExactly("so-noi-vu");
        assertThat(stored.get(1).dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
