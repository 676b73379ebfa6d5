package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.shared.DueDates;

/**
 * One login for everything an agency uses (issue 18's first look): the head of Sở Giáo dục và Đào tạo logs in to the
 * Tasklist once, sees the count beside "Quá hạn", and opens the dashboard and the plan's items page through the
 * header link "Tổng quan" the Tasklist shows and the dashboard's link "Xem nhiệm vụ của cơ quan", without being asked to
 * log in again. The head rather than an official: the dashboard is for leaders, SNV and agency heads (an official gets 403
 * there, DashboardPagesTest). The engine clock is moved past the task's due date, so the Tasklist's "Quá hạn"
 * filter (due before the engine's now) counts it.
 */
@BrowserTest
class HeaderLinksBrowserTest {

    private static final String AGENCY = "so-giao-duc-dao-tao";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void oneLoginReachesTheOverdueCountTheDashboardAndThePlansItems() {
        long n = System.nanoTime() % 100000;
        String title = "Kế hoạch CCHC năm 2027 (liên kết " + n + ")";
        String task = "Rà soát thủ tục hành chính lĩnh vực giáo dục (đợt " + n + ")";
        EnginePlan.draft(engine, "KH-LINKS-WEB-" + n, 2027, title, List.of(
                Map.of("task", task, "lead", "Sở Giáo dục và Đào tạo", "product", "Báo cáo",
                        "due", "Quý I/2027"))).issued(n + "/QĐ-UBND");
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 4, 5, 9, 0).atZone(DueDates.ZONE).toInstant()));
        long overdue = engine.getTaskService().createTaskQuery().taskCandidateGroup(AGENCY)
                .dueBefore(ClockUtil.getCurrentTime()).count();
        assertThat(overdue).isPositive();

        try (Browser browser = new Browser(port)) {
            try {
                browser.login("ld." + AGENCY);
                assertThat(browser.filterCount("Quá hạn")).as("the overdue filter's count")
                        .isEqualTo(String.valueOf(overdue));
                browser.waitForText(task);
                browser.screenshot("dem-qua-han");

                browser.find(".cchc-pages a[href='/dashboard']");
                assertThat(browser.text(".cchc-pages")).as("only the pages a head may open").contains("Tổng quan")
                        .doesNotContain("Kế hoạch", "Thông báo");
                browser.click(".cchc-pages a[href='/dashboard']");
                browser.waitForText("Bảng điều hành cải cách hành chính");
                assertThat(browser.currentUrl()).endsWith("/dashboard");
                assertThat(browser.pageText()).doesNotContain("Đăng nhập");
                browser.screenshot("tong-quan-tu-danh-sach");

                // the head's own agency's items, one link away on the dashboard
                // (the dashboard opens on the latest issued plan, which other tests of the suite may have issued)
                browser.click("a.own-agency-items");
                browser.waitForText("Theo dõi nhiệm vụ");
                assertThat(browser.currentUrl()).matches(".*/plans/[^/]+/items\\?.*agency=" + AGENCY + ".*");
                assertThat(browser.pageText()).doesNotContain("Đăng nhập", "không có quyền");
                browser.screenshot("theo-doi-nhiem-vu-tu-danh-sach");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi-lien-ket-dau-trang");
                throw e;
            }
        }
    }
}
