package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SNV monitors plans in Cockpit and administrators keep users, groups and grants in Admin, whose pages ask the
 * engine for lists: with the engine's limit on a user's queries ({@code queryMaxResultsLimit}, docs/security.md)
 * every request of those pages still succeeds.
 */
@BrowserTest
class MonitoringWebappsBrowserTest {

    /** Every request of the page so far that failed (Chromium's resource timing carries the status). */
    private static final String FAILED_REQUESTS = "var done = arguments[arguments.length - 1];"
            + "done(performance.getEntriesByType('resource').filter(function (e) { return e.responseStatus >= 400; })"
            + ".map(function (e) { return e.responseStatus + ' ' + e.name; }));";

    private static final String SETTLED = "var done = arguments[arguments.length - 1], last = -1, started = Date.now();"
            + "(function poll() { var n = performance.getEntriesByType('resource').length;"
            + " if (n === last || Date.now() - started > 20000) { done(n); } else { last = n; setTimeout(poll, 1000); }"
            + "})();";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @Test
    void snvOpensTheDashboardAProcessAndAnInstanceWithoutAFailedRequest() {
        Date due = Date.from(LocalDate.of(2030, 3, 31).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        String key = "cockpit-" + System.nanoTime();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("planTask", key,
                Map.of("agencyId", "so-tu-phap", "planId", "KH-COCKPIT", "taskText", "Rà soát văn bản",
                        "dueDate", due));

        try (Browser browser = new Browser(port)) {
            browser.login("chuyenvien.snv");
            String cockpit = "/camunda/app/cockpit/default/#";
            visit(browser, cockpit + "/processes", "Thực hiện nhiệm vụ của Kế hoạch CCHC", "the processes page");
            browser.screenshot("cockpit-quy-trinh");

            visit(browser, cockpit + "/process-definition/" + instance.getProcessDefinitionId() + "/runtime", key,
                    "the process page");
            visit(browser, cockpit + "/process-instance/" + instance.getId() + "/runtime", "agencyId",
                    "the instance page");
            browser.screenshot("cockpit-ho-so");

            visit(browser, cockpit + "/dashboard", "Công việc thủ công đang mở", "the dashboard");
        }
    }

    /** An administrator's pages in Admin list users, groups and grants: the engine's limit applies to them too. */
    @Test
    void anAdministratorOpensAdminsListsWithoutAFailedRequest() {
        try (Browser browser = new Browser(port)) {
            browser.login("admin");
            String admin = "/camunda/app/admin/default/#";
            visit(browser, admin + "/users", "cv.so-tu-phap", "the users page");
            visit(browser, admin + "/users/cv.so-tu-phap?tab=groups", "so-tu-phap", "a user's groups");
            visit(browser, admin + "/groups", "camunda-admin", "the groups page");
            visit(browser, admin + "/groups/so-tu-phap?tab=users", "cv.so-tu-phap", "a group's users");
            visit(browser, admin + "/authorization?resource=7", "Tạo phân quyền mới", "the task grants");
            browser.screenshot("admin-phan-quyen");
        }
    }

    /** Opens {@code path}, waits for {@code text} and finds no failed request of the page so far. */
    private static void visit(Browser browser, String path, String text, String page) {
        browser.openPage(path);
        browser.waitForText(text);
        assertThat(failed(browser)).as("failed requests of " + page).isEmpty();
    }

    /** The page's failed requests, once it has made no new request for a second (at most 20 s). */
    @SuppressWarnings("unchecked")
    private static List<String> failed(Browser browser) {
        browser.script(SETTLED);
        return (List<String>) browser.script(FAILED_REQUESTS);
    }
}
