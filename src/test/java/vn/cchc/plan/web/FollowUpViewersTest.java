package vn.cchc.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.plan.Assignments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;
import vn.cchc.support.IssuedPlans;

/**
 * Who reads the follow-up pages and what they see: leaders (UBND leader, SNV director) the whole plan without any
 * form; an agency head only their own agency's assignments, read only; an agency official nothing (403). The
 * statuses come from the one status rule at the engine clock.
 */
@CchcIntegrationTest
class FollowUpViewersTest {

    private static final String ITEMS = """
            [{"task": "Ban hành Kế hoạch kiểm tra công tác CCHC", "lead": "Sở Nội vụ", "due": "Quý I/2024"},
             {"task": "Rà soát quy định về thủ tục hành chính", "lead": ["Sở Tư pháp", "Sở Tài chính"],
              "due": "15/01/2024"},
             {"task": "Tự đánh giá, chấm điểm Chỉ số CCHC", "lead": "Sở Tài chính", "due": "Quý II/2024"}]""";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanAmendments amendments;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;

    private String planId;

    @BeforeEach
    void issuedPlan() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 1, 2, 9, 0, 0, 0, DueDates.ZONE).toInstant()));
        IssuedPlans.IssuedPlan issued = new IssuedPlans(engine, amendments, assignments, jdbc)
                .issue("KH-XEM", "Kế hoạch CCHC năm 2024 (xem)", ITEMS);
        planId = issued.id();
        // the clock moves past the due date of item 2 (15/01): overdue for both agencies
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 1, 16, 9, 0, 0, 0, DueDates.ZONE).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void leadersReadTheWholePlanWithoutForms() {
        for (String leader : List.of("chutich.ubnd", "giamdoc.snv")) {
            RestClient.Response list = RestClient.as(port, leader).get("/plans/" + planId + "/items");
            assertThat(list.status()).as(leader).isEqualTo(200);
            assertThat(list.body()).as(leader).contains("Ban hành Kế hoạch kiểm tra", "Rà soát quy định",
                    "Tự đánh giá", "Quá hạn: 2", "Chế độ chỉ xem").doesNotContain("Bổ sung nhiệm vụ");

            RestClient.Response item = RestClient.as(port, leader).get("/plans/" + planId + "/items/2");
            assertThat(item.status()).as(leader).isEqualTo(200);
            assertThat(item.body()).as(leader).contains("Sở Tư pháp", "Sở Tài chính", "Quá hạn", "Chế độ chỉ xem")
                    .doesNotContain("/items/2/deadline", "/items/2/extension", "Gia hạn cho một cơ quan");
        }
        assertThat(RestClient.as(port, "chutich.ubnd").get("/plans/" + planId + "/items/add").status())
                .isEqualTo(403);
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items/2").body())
                .contains("/items/2/deadline", "/items/2/extension", "Gia hạn cho một cơ quan")
                .doesNotContain("Chế độ chỉ xem");
    }

    @Test
    void anAgencyHeadSeesOnlyTheirOwnAgencysAssignments() {
        RestClient.Response list = RestClient.as(port, "ld.so-tu-phap").get("/plans/" + planId + "/items");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Rà soát quy định", "Quá hạn: 1", "Chế độ chỉ xem")
                .doesNotContain("Ban hành Kế hoạch kiểm tra", "Tự đánh giá", "Quá hạn: 2", "Bổ sung nhiệm vụ",
                        "value=\"so-tai-chinh\"");

        RestClient.Response item = RestClient.as(port, "ld.so-tu-phap").get("/plans/" + planId + "/items/2");
        assertThat(item.status()).isEqualTo(200);
        String assigned = item.body().substring(item.body().indexOf("Cơ quan được giao"));
        assigned = assigned.substring(0, assigned.indexOf("</table>"));
        assertThat(assigned).contains("Sở Tư pháp", "Quá hạn").doesNotContain("Sở Tài chính");
        assertThat(item.body()).doesNotContain("/items/2/deadline", "/items/2/extension");
        assertThat(RestClient.as(port, "ld.so-tu-phap").get("/plans/" + planId + "/items/3").status())
                .as("an item of another agency").isEqualTo(404);
        assertThat(RestClient.as(port, "ld.so-tu-phap").get("/plans/" + planId + "/items?agency=so-tai-chinh")
                .body()).doesNotContain("Rà soát quy định", "Tự đánh giá");
    }

    @Test
    void anAgencyOfficialMayNotOpenTheFollowUp() {
        RestClient.Response list = RestClient.as(port, "cv.so-tu-phap").get("/plans/" + planId + "/items");
        assertThat(list.status()).isEqualTo(403);
        assertThat(RestClient.as(port, "cv.so-tu-phap").get("/plans/" + planId + "/items/2").status())
                .isEqualTo(403);
    }

    private void runJobs() {
        new IssuedPlans(engine, amendments, assignments, jdbc).runJobs(planId);
    }
}
