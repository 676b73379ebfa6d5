package vn.cchc.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/** {@code /plans}: plans by year and status with their tasks' progress, under the shared page header. */
@CchcIntegrationTest
class PlanListPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsPlansByYearAndStatusWithProgressAndLinks() {
        String issued = "KH-LIST-" + System.nanoTime();
        String draft = issued + "-D";
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, decision_date, created_at)"
                + " VALUES (?, 2031, 'Kế hoạch CCHC năm 2031 (danh sách)', 'ISSUED', ?, ?, ?)", issued,
                issued + "/QĐ-UBND", LocalDate.of(2030, 12, 18), LocalDateTime.now());
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, created_at)"
                + " VALUES (?, 2032, 'Kế hoạch CCHC năm 2032 (danh sách)', 'DRAFT', ?)", draft, LocalDateTime.now());
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                + "process_instance_id) VALUES (?, ?, 1, 'so-tu-phap', ?, 'OVERDUE', 'x')", issued + ":1",
                issued, LocalDate.of(2031, 3, 31));
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                + "process_instance_id) VALUES (?, ?, 2, 'so-tu-phap', ?, 'DONE_ON_TIME', 'y')", issued + ":2",
                issued, LocalDate.of(2031, 6, 30));

        RestClient.Response all = RestClient.as(port, "chuyenvien.snv").get("/plans");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("Kế hoạch CCHC năm 2031 (danh sách)", "Đang thực hiện", "ngày 18/12/2030",
                "/plans/" + issued + "/items", "Kế hoạch CCHC năm 2032 (danh sách)", "Dự thảo",
                "/plans/" + draft + "/import",
                // the shared header
                "href=\"/camunda/app/tasklist/\"", "href=\"/dashboard\"", "href=\"/reports\"", "href=\"/notifications\"");

        // a link only where the viewer may go: the appraiser reads the list, but neither follows nor drafts a plan;
        // the leader follows the issued plan and does not draft
        String appraiser = RestClient.as(port, "thamdinh.vp").get("/plans").body();
        assertThat(appraiser).contains("Kế hoạch CCHC năm 2031 (danh sách)", "Kế hoạch CCHC năm 2032 (danh sách)")
                .doesNotContain("/plans/" + issued + "/items", "/plans/" + draft + "/draft",
                        "/plans/" + draft + "/import");
        assertThat(RestClient.as(port, "thamdinh.vp").get("/plans/" + issued + "/items").status()).isEqualTo(403);
        String leader = RestClient.as(port, "chutich.ubnd").get("/plans").body();
        assertThat(leader).contains("/plans/" + issued + "/items").doesNotContain("/plans/" + draft + "/draft",
                "/plans/" + draft + "/import");
        assertThat(all.body()).contains("/plans/" + draft + "/draft");

        String only2031 = RestClient.as(port, "chuyenvien.snv").get("/plans?year=2031&status=ISSUED").body();
        assertThat(only2031).contains("Kế hoạch CCHC năm 2031 (danh sách)")
                .doesNotContain("Kế hoạch CCHC năm 2032 (danh sách)");
    }
}
