package vn.cchc.carryover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.followup.TaskFixture;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.reorganisation.ReorganisationKind;
import vn.cchc.reorganisation.ReorganisationRequest;
import vn.cchc.reorganisation.Reorganisations;
import vn.cchc.reporting.CompletionStatistics;
import vn.cchc.reporting.YearEndSummary;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;

/**
 * A 2026 plan ends the year with unfinished items; a ward merges into another after the year end; the 2027 draft
 * takes the unfinished items in one step, the merged ward's item led by its successor, each marked as carried over,
 * and the items already in the draft kept. On PostgreSQL, through the REST API and the page. (Wards no other test
 * uses: the merger moves every open piece of work of the shared database.)
 */
@CchcIntegrationTest
class CarryOverTest {

    private static final String X = "ubnd-phuong-binh-minh";
    private static final String Y = "ubnd-phuong-dong-thanh";
    private static final String Z = "ubnd-phuong-tra-vinh";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reorganisations reorganisations;
    @Autowired
    CompletionStatistics statistics;
    @Autowired
    PlanItems items;
    @Autowired
    CarryOvers carryOvers;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void nextYearsDraftTakesLastYearsUnfinishedItemsWithTheirSuccessors() {
        long n = System.nanoTime() % 1_000_000_000L;
        String source = "KH-CT-2026-" + n;
        String draft = "KH-CT-2027-" + n;
        ClockUtil.setCurrentTime(TaskFixture.at(2025, 12, 20, 9, 0));
        plan(source, 2026, "ISSUED", "Kế hoạch cải cách hành chính năm 2026 (chuyển tiếp)");
        item(source, 1, "Rà soát, đơn giản hóa thủ tục hành chính", X, "Quý II/2026", LocalDate.of(2026, 6, 30));
        assignment(source, 1, X, LocalDate.of(2026, 6, 30), "IN_PROGRESS", null);
        item(source, 2, "Số hóa hồ sơ, kết quả giải quyết thủ tục", Y, "Năm 2027", LocalDate.of(2027, 3, 31));
        assignment(source, 2, Y, LocalDate.of(2027, 3, 31), "IN_PROGRESS", null);
        item(source, 3, "Tuyên truyền cải cách hành chính", X, "Quý I/2026", LocalDate.of(2026, 3, 31));
        assignment(source, 3, X, LocalDate.of(2026, 3, 31), "DONE_ON_TIME", LocalDateTime.of(2026, 3, 20, 10, 0));

        // year end: the carry-over list names the ward as it was
        ClockUtil.setCurrentTime(TaskFixture.at(2026, 12, 31, 17, 0));
        YearEndSummary yearEnd = statistics.of(source, LocalDate.of(2026, 12, 31));
        assertThat(yearEnd.carryOver()).extracting(YearEndSummary.CarryOver::itemNo,
                        YearEndSummary.CarryOver::agencyId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, X), org.assertj.core.groups.Tuple.tuple(2, Y));

        // after the year end, X merges into Z; SNV then drafts 2027 with one item of its own
        ClockUtil.setCurrentTime(TaskFixture.at(2027, 1, 5, 9, 0));
        reorganisations.apply(new ReorganisationRequest(ReorganisationKind.MERGE, List.of(X, Z), Z,
                LocalDate.of(2027, 1, 5), "Nghị quyết sáp nhập phường (thử nghiệm)"), "chuyenvien.snv");
        plan(draft, 2027, "DRAFT", "Kế hoạch cải cách hành chính năm 2027 (dự thảo, chuyển tiếp)");
        jdbc.update("INSERT INTO cchc_plan_item (plan_id, item_no, task, lead_text, lead_agencies, product, "
                + "deadline_text, deadline_kind, due_date) VALUES (?, 1, 'Xây dựng kế hoạch kiểm tra CCHC', "
                + "'Sở Nội vụ', 'so-noi-vu', 'Kế hoạch', 'Quý I/2027', 'FIXED', ?)", draft, LocalDate.of(2027, 3, 31));

        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        RestClient.Response preview = snv.get("/api/plans/" + draft + "/carry-over");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        List<JsonNode> mine = ofSource(preview.json(), source);
        assertThat(mine).extracting(i -> i.get("sourceItemNo").asInt()).containsExactly(1, 2);
        JsonNode first = mine.get(0).get("agencies").get(0);
        assertThat(first.get("fromId").asText()).isEqualTo(X);
        assertThat(first.get("toId").asText()).isEqualTo(Z);
        assertThat(first.get("reorganised").asBoolean()).isTrue();
        assertThat(mine.get(1).get("agencies").get(0).get("toId").asText()).isEqualTo(Y);
        // nothing written by the preview
        assertThat(items.findByPlan(draft)).hasSize(1);

        // the page shows the shift and takes one item; the API takes the other
        PageSession page = PageSession.as(port, "chuyenvien.snv");
        assertThat(page.get("/plans/" + draft + "/draft/carry-over").body())
                .contains("UBND phường Bình Minh", "UBND phường Trà Vinh", "(đã sắp xếp)");
        HttpResponse<String> taken = page.postForm("/plans/" + draft + "/draft/carry-over",
                Map.of("item", source + ":1"), "/plans/" + draft + "/draft/carry-over");
        assertThat(taken.statusCode()).isIn(302, 303);
        RestClient.Response second = snv.post("/api/plans/" + draft + "/carry-over",
                Map.of("items", List.of(source + ":2")));
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        List<PlanItem> drafted = items.findByPlan(draft);
        assertThat(drafted).hasSize(3);
        assertThat(drafted.get(0).task()).isEqualTo("Xây dựng kế hoạch kiểm tra CCHC");
        PlanItem carriedX = drafted.stream().filter(i -> "CT.1".equals(i.stt())).findFirst().orElseThrow();
        assertThat(carriedX.leadAgencies()).containsExactly(Z);
        assertThat(carriedX.task()).isEqualTo("Rà soát, đơn giản hóa thủ tục hành chính");
        assertThat(carriedX.section()).contains("chuyển tiếp", "2026", source);
        assertThat(carriedX.dueDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        PlanItem carriedY = drafted.stream().filter(i -> "CT.2".equals(i.stt())).findFirst().orElseThrow();
        assertThat(carriedY.leadAgencies()).containsExactly(Y);
        // the draft page shows them for review
        assertThat(page.get("/plans/" + draft + "/draft").body()).contains("CT.1", "CT.2",
                "Rà soát, đơn giản hóa thủ tục hành chính");

        // taken once: the second time is refused, naming the field
        assertThat(ofSource(snv.get("/api/plans/" + draft + "/carry-over").json(), source))
                .allMatch(i -> i.get("carried").asBoolean());
        RestClient.Response again = snv.post("/api/plans/" + draft + "/carry-over",
                Map.of("items", List.of(source + ":1")));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("items", "đã có trong dự thảo");
        assertThat(again.json().get("code").asText()).isEqualTo("carryover.item.carried");
        assertThat(again.json().get("field").asText()).isEqualTo("items");
        assertThat(again.json().get("message").asText()).isEqualTo(again.json().get("problems").get(0).asText());
        assertThatThrownBy(() -> carryOvers.take(draft, List.of(source + ":3"), "chuyenvien.snv"))
                .isInstanceOf(PlanInputException.class).hasMessageContaining("items");
        // the issued plan cannot take anything
        assertThat(snv.post("/api/plans/" + source + "/carry-over", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void onlySnvTakesCarryOver() {
        assertThat(RestClient.anonymous(port).get("/api/plans/KH-X/carry-over").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv." + Y).get("/api/plans/KH-X/carry-over").status()).isEqualTo(403);
        assertThat(RestClient.as(port, "cv." + Y).post("/api/plans/KH-X/carry-over", Map.of()).status())
                .isEqualTo(403);
        assertThat(PageSession.as(port, "cv." + Y).get("/plans/KH-X/draft/carry-over").statusCode()).isEqualTo(403);
        RestClient.Response unknown = RestClient.as(port, "chuyenvien.snv").get("/api/plans/KH-KHONG-CO/carry-over");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("carryover.planNotFound");
        assertThat(unknown.json().get("message").asText()).isEqualTo("Không tìm thấy kế hoạch KH-KHONG-CO.");
    }

    private static List<JsonNode> ofSource(JsonNode preview, String source) {
        List<JsonNode> found = new java.util.ArrayList<>();
        preview.get("items").forEach(i -> {
            if (i.get("sourcePlanId").asText().equals(source)) {
                found.add(i);
            }
        });
        return found;
    }

    private void plan(String id, int year, String status, String title) {
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, year, title, status, id + "/QĐ-UBND", LocalDateTime.of(2025, 12, 1, 9, 0));
    }

    private void item(String planId, int itemNo, String task, String agency, String deadline, LocalDate due) {
        jdbc.update("INSERT INTO cchc_plan_item (plan_id, item_no, section, task, lead_text, lead_agencies, product, "
                        + "deadline_text, deadline_kind, due_date) VALUES (?, ?, 'Cải cách thủ tục hành chính', ?, "
                        + "?, ?, 'Báo cáo', ?, 'FIXED', ?)",
                planId, itemNo, task, agency, agency, deadline, due);
    }

    private void assignment(String planId, int itemNo, String agency, LocalDate due, String status,
                            LocalDateTime completed) {
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, completed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", planId + ":" + itemNo + ":" + agency, planId, itemNo, agency, due,
                status, completed);
    }
}
