package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;

/**
 * SNV drafts a plan without JSON, in Chromium: logged in once on the Tasklist, the draft step's form links to the
 * draft page; a row pasted from Excel (tab-separated) is previewed with its agency and due date, then saved.
 */
@BrowserTest
class DraftPageBrowserTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanItems items;
    @LocalServerPort
    int port;

    @Test
    void snvPastesARowAndSeesItsDatesBeforeSaving() {
        String planId = "KH-DRAFT-UI-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (trình duyệt)"));
        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey("draftPlan").singleResult();
        String filter = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult()
                .getId();

        try (Browser browser = new Browser(port)) {
            try {
                browser.login("chuyenvien.snv");
                browser.openTask(filter, draft.getId());
                WebElement link = browser.find("a[href$='/plans/" + planId + "/draft']");
                assertThat(link.getText()).isEqualTo("soạn trong bảng");

                browser.openPage("/plans/" + planId + "/draft");
                browser.waitForText("Soạn danh sách nhiệm vụ của dự thảo kế hoạch");
                // a paste from Excel: the browser puts the copied cells, tab-separated, into the box
                browser.script("arguments[0].value = arguments[1]; arguments[arguments.length - 1]();",
                        browser.find("textarea[name='pasted']"),
                        "1\tRà soát thủ tục hành chính\tSở Tư pháp\tSở Nội vụ\tBáo cáo\tTháng 10/2024");
                browser.clickText("Xem trước");
                browser.waitForText("Kiểm tra xong");
                String resolved = browser.text("td.resolved");
                assertThat(resolved).contains("Chủ trì: Sở Tư pháp").contains("Phối hợp: Sở Nội vụ")
                        .contains("Hạn 31/10/2024");
                browser.screenshot("soan-du-thao-xem-truoc");

                browser.clickText("Lưu");
                browser.waitForText("Đã lưu");
                assertThat(items.findByPlan(planId)).hasSize(1);
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi-soan-du-thao");
                throw e;
            }
        }
    }
}
