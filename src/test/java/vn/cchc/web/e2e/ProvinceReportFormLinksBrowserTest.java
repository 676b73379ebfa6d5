package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.ReportPeriod;
import vn.cchc.reporting.ReportVariables;
import vn.cchc.reporting.SamplePlan;

/**
 * The SNV specialist opens the province report's review task in the Tasklist (Chromium): the Camunda Form fills in
 * the plan's id in the link to the documents page, next to the existing DOCX/XLSX download links.
 */
@BrowserTest
class ProvinceReportFormLinksBrowserTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reviewFormLinksToTheDocumentsPageOfItsPlan() {
        Engine.clock(LocalDate.of(2044, 1, 7));
        SamplePlan plan = new SamplePlan(jdbc, 2044).item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản",
                DeadlineKind.FIXED, LocalDate.of(2044, 6, 30), "so-tu-phap");
        plan.startReportingCalendar(engine);
        // past the agencies' Q1 deadline: the province report is compiled and waits for SNV's review
        Engine.clock(LocalDate.of(2044, 3, 25));
        new Engine(engine).runDueJobs(ReportVariables.PLAN_ID, plan.id);
        ProcessInstance province = new Engine(engine).byKey(ReportVariables.PROVINCE_PROCESS_KEY,
                plan.provinceKey(ReportPeriod.Q1));
        Task review = new Engine(engine).task(province, "reviewProvinceReport");
        String filter = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult()
                .getId();

        try (Browser browser = new Browser(port)) {
            try {
                browser.login("chuyenvien.snv");
                browser.openTask(filter, review.getId());
                WebElement documents = browser.find("a[href*='/reports?plan=']");
                assertThat(documents.getAttribute("href")).endsWith("/reports?plan=" + plan.id);
                assertThat(documents.getText()).isEqualTo("Xem và tải tại trang Báo cáo và tài liệu CCHC");
                assertThat(browser.find("a[href*='/variables/provinceReportDocx/data']").getText())
                        .isEqualTo("Tải dự thảo báo cáo (DOCX)");
                browser.screenshot("bao-cao-tinh-lien-ket-trang-tai-lieu");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi-lien-ket-bao-cao-tinh");
                throw e;
            }
        }
    }
}
