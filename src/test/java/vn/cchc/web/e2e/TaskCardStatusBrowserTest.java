package vn.cchc.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.shared.DueDates;

/**
 * The status line of task cards in Debian's Chromium: an agency's task whose day has passed on the engine clock says
 * "Tình trạng: Quá hạn" and its card is marked (class {@code cchc-status-overdue}, set by cchc-tasklist.js from that
 * line: the browser's own clock, months earlier, does not make its due date look past); its other task, not due
 * yet, says "Chưa đến hạn" and is not marked.
 */
@BrowserTest
class TaskCardStatusBrowserTest {

    private static final String AGENCY = "so-van-hoa-the-thao-du-lich";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOverdueTaskSaysSoOnItsCardAndTheCardIsMarked() {
        long n = System.nanoTime() % 100000;
        String decision = n + "/QĐ-UBND";
        String overdue = "Tổ chức tuyên truyền cải cách hành chính (đợt " + n + ")";
        String notDue = "Tổng kết phong trào văn hóa cơ sở (đợt " + n + ")";
        EnginePlan.draft(engine, "KH-CARD-WEB-" + n, 2027, "Kế hoạch CCHC năm 2027 (thẻ " + n + ")", List.of(
                Map.of("task", overdue, "lead", "Sở Văn hóa, Thể thao và Du lịch", "product", "Tin bài",
                        "due", "Quý I/2027"),
                Map.of("task", notDue, "lead", "Sở Văn hóa, Thể thao và Du lịch", "product", "Báo cáo",
                        "due", "2027-12-31"))).issued(decision);

        // the engine clock a few days after 31/03/2027: the follow-up's timers find the first task overdue
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 4, 5, 9, 0).atZone(DueDates.ZONE).toInstant()));
        runJobs(decision + ":1:" + AGENCY);
        assertThat(variable(decision + ":1:" + AGENCY)).isEqualTo("Quá hạn");
        ClockUtil.reset();
        assertThat(variable(decision + ":2:" + AGENCY)).isEqualTo("Chưa đến hạn");

        try (Browser browser = new Browser(port)) {
            try {
                browser.login("cv." + AGENCY);
                browser.clickText("Việc của đơn vị");
                browser.waitForText(overdue);
                assertThat(browser.cardWithClass(overdue, "cchc-status-overdue").getText())
                        .contains("Tình trạng", "Quá hạn");
                assertThat(browser.card(notDue).getText()).contains("Tình trạng", "Chưa đến hạn");
                assertThat(browser.card(notDue).getAttribute("class")).doesNotContain("cchc-status-overdue");
                browser.screenshot("the-qua-han");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("loi-the-trang-thai");
                throw e;
            }
        }
    }

    private void runJobs(String businessKey) {
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().rootProcessInstanceId(instanceId)
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private Object variable(String businessKey) {
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        return engine.getRuntimeService().getVariable(instanceId, "statusText");
    }
}
