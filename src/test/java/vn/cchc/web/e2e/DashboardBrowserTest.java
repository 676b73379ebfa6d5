package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.SamplePlan;

/**
 * The dashboard in Chromium for the UBND leader, the SNV director and an agency head, logged in on the Tasklist
 * (the security chain accepts its session on {@code /dashboard/**}): the charts are drawn with the numbers of a SQL
 * count, a bar clicks through to the agency's items, the XLSX downloads in the session; screenshots in
 * {@code target/screenshots}. Needs Chromium. Users log in once, on the Tasklist.
 */
@BrowserTest
class DashboardBrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void leadersAndAnAgencyHeadSeeTheChartsWithTheRightNumbers() throws Exception {
        Engine.clock(LocalDate.of(2045, 5, 10));
        SamplePlan plan = new SamplePlan(jdbc, 2045)
                .item(1, "I. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2045, 3, 29),
                        "so-tu-phap", "so-noi-vu")
                .item(2, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công bố TTHC", DeadlineKind.FIXED,
                        LocalDate.of(2045, 4, 28), "so-tu-phap", "so-tai-chinh")
                .item(3, "VI. CHÍNH QUYỀN SỐ", "Nâng cấp hệ thống", DeadlineKind.FIXED, LocalDate.of(2045, 6, 28),
                        "so-tu-phap", "so-noi-vu")
                .done(1, "so-tu-phap", LocalDate.of(2045, 3, 20), false)
                .done(2, "so-tu-phap", LocalDate.of(2045, 5, 3), true);
        String url = "/dashboard?plan=" + plan.id;

        try (Browser browser = new Browser(port)) {
            try {
                for (String leader : List.of("chutich.ubnd", "giamdoc.snv")) {
                    signIn(browser, leader);
                    browser.openPage(url);
                    browser.find("body[data-charts='drawn']");
                    assertThat(number(browser, "totals.assignments")).isEqualTo(count(plan, "1 = 1")).isEqualTo(6);
                    assertThat(number(browser, "totals.overdue")).isEqualTo(count(plan,
                            "status NOT IN ('DONE_ON_TIME', 'DONE_LATE') AND due_date < DATE '2045-05-10'"));
                    // the chart's overdue series, bar by bar, against a grouped count
                    assertThat(chartSeries(browser, "chart-agencies", 3)).isEqualTo(List.of(
                            count(plan, "agency_id = 'so-noi-vu' AND status = 'IN_PROGRESS' AND due_date < DATE '2045-05-10'"),
                            count(plan, "agency_id = 'so-tai-chinh' AND status = 'IN_PROGRESS' AND due_date < DATE '2045-05-10'"),
                            0L));
                    browser.screenshot("bang-dieu-hanh-" + leader);
                }

                // the director clicks the first bar (Sở Nội vụ) and goes to its items
                Object at = browser.script("var c = echarts.getInstanceByDom(document.getElementById('chart-agencies'));"
                        + "arguments[0](c.convertToPixel({seriesIndex: 3}, [1.5, 0]));");
                List<?> xy = (List<?>) at;
                browser.clickAt("#chart-agencies", ((Number) xy.get(0)).intValue(), ((Number) xy.get(1)).intValue());
                assertThat(browser.text("#agency-name")).isEqualTo("Sở Nội vụ");
                browser.screenshot("bam-cot-so-noi-vu");
                assertThat(browser.find("#agency-items").getAttribute("href"))
                        .endsWith("/plans/" + plan.id + "/items?agency=so-noi-vu");
                browser.click("#agency-items");
                browser.waitForText("Theo dõi nhiệm vụ");
                assertThat(browser.pageText()).contains("Rà soát văn bản").doesNotContain("Công bố TTHC");
                browser.screenshot("nhiem-vu-so-noi-vu");

                // the workbook, downloaded in the same session
                browser.openPage(url);
                browser.find("body[data-charts='drawn']");
                String base64 = (String) browser.script("fetch(document.getElementById('export').href)"
                        + ".then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b)"
                        + ".forEach(x => s += String.fromCharCode(x)); arguments[0](btoa(s)); });");
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
                    assertThat(book.getSheet("Theo cơ quan").getRow(1).getCell(0).getStringCellValue())
                            .isEqualTo("Sở Nội vụ");
                }

                // the what-if of the same items, drawn with its weekly load and warnings
                browser.openPage("/dashboard/what-if?plan=" + plan.id);
                browser.find("body[data-charts='drawn']");
                assertThat(browser.text("#whatif-assignments")).isEqualTo("6");
                assertThat(browser.text("#warnings")).contains("Tuần cao điểm");
                browser.screenshot("du-bao-khoi-luong");

                signIn(browser, "ld.so-noi-vu");
                browser.openPage(url);
                browser.find("body[data-charts='drawn']");
                assertThat(number(browser, "totals.assignments")).isEqualTo(count(plan, "agency_id = 'so-noi-vu'"));
                assertThat(browser.pageText()).contains("chỉ số liệu của cơ quan, đơn vị mình");
                browser.screenshot("bang-dieu-hanh-thu-truong-so-noi-vu");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi-bang-dieu-hanh");
                throw e;
            }
        }
    }

    private static void signIn(Browser browser, String user) {
        browser.login(user);
    }

    private static long number(Browser browser, String path) {
        return ((Number) browser.script("arguments[0](window.dashboardData." + path + ");")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> chartSeries(Browser browser, String chart, int series) {
        List<Object> values = (List<Object>) browser.script("var c = echarts.getInstanceByDom(document"
                + ".getElementById('" + chart + "')); arguments[0](c.getOption().series[" + series + "].data);");
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private long count(SamplePlan plan, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment WHERE plan_id = ? AND " + condition,
                Long.class, plan.id);
    }

}
