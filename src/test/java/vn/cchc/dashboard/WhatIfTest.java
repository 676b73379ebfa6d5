package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.deadline.CalendarDay;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The what-if of a 2027 draft: six deadlines of one agency in the days before Tết, one item without a date, one
 * quarter-end item for two agencies. Nothing is written; the weekly load marks Tết and the warnings name the load.
 */
@CchcIntegrationTest
class WhatIfTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanItems items;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void theDraftsLoadPerWeekAndAgencyWithTetMarkedAndWarnings() throws Exception {
        String planId = "KH-WI-" + System.nanoTime();
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, created_at) VALUES (?, 2027, "
                + "'Dự thảo Kế hoạch CCHC năm 2027', 'IN_REVIEW', ?)", planId, LocalDateTime.now());
        LocalDate tet = calendar.year(2027).notableDays().stream().filter(CalendarDay::isDayOff)
                .filter(d -> d.name().contains("Nguyên đán")).map(CalendarDay::date).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate beforeTet = calendar.lastWorkingDayOnOrBefore(tet.minusDays(2));
        List<PlanItem> draft = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            draft.add(item(planId, n, "Nhiệm vụ trước Tết " + n, DeadlineKind.FIXED, beforeTet, "so-tu-phap"));
        }
        draft.add(item(planId, 7, "Rà soát theo quy định", DeadlineKind.PER_REGULATION, null, "so-tu-phap"));
        draft.add(item(planId, 8, "Báo cáo quý I", DeadlineKind.FIXED, LocalDate.of(2027, 3, 31), "so-noi-vu",
                "so-tai-chinh"));
        items.replaceAll(planId, draft);
        int rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification", Integer.class);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        MockHttpServletResponse r = mvc.perform(get("/dashboard/what-if/data").param("plan", planId)
                .principal(DashboardPagesTest.user("giamdoc.snv", "snv-director"))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode d = new ObjectMapper().readTree(r.getContentAsByteArray());

        assertThat(d.get("items").asInt()).isEqualTo(8);
        assertThat(d.get("assignments").asInt()).isEqualTo(9);
        assertThat(d.get("agencies").asInt()).isEqualTo(3);
        assertThat(d.get("withoutDate").asInt()).isEqualTo(1);
        assertThat(d.at("/undated/0/itemNo").asInt()).isEqualTo(7);
        int due = 0;
        boolean tetMarked = false;
        for (JsonNode w : d.get("weeks")) {
            due += w.get("due").asInt();
            if (w.get("tet").asBoolean()) {
                tetMarked = true;
                assertThat(w.get("daysOff").toString()).contains("Nguyên đán");
            }
            if (w.get("monday").asText().equals(beforeTet.with(DayOfWeek.MONDAY).toString())) {
                assertThat(w.get("due").asInt()).isEqualTo(6);
            }
            if (w.get("monday").asText().equals("2027-03-29")) {
                assertThat(w.get("due").asInt()).isEqualTo(2);
                assertThat(w.get("quarterEnd").asBoolean()).isTrue();
            }
        }
        assertThat(due).isEqualTo(8);
        assertThat(tetMarked).isTrue();
        JsonNode tuPhap = d.at("/agencyLoads/0");
        assertThat(tuPhap.get("agencyId").asText()).isEqualTo("so-tu-phap");
        assertThat(tuPhap.get("assignments").asInt()).isEqualTo(7);
        assertThat(tuPhap.get("maxPerWeek").asInt()).isEqualTo(6);
        // cv.so-tu-phap is reminded 3 times per deadline (10, 3, 1 working days before): one address
        assertThat(tuPhap.get("reminderMails").asInt()).isEqualTo(6 * 3);
        assertThat(tuPhap.get("escalationMails").asInt()).isPositive();
        assertThat(d.get("warnings").toString())
                .contains("1 cơ quan có từ 5 hạn trở lên trong tuần trước Tết")
                .contains("6 lượt nhiệm vụ đến hạn trong 7 ngày trước Tết")
                .contains("1 nhiệm vụ (1 lượt giao) chưa xác định được hạn");

        String page = mvc.perform(get("/dashboard/what-if").param("plan", planId)
                        .principal(DashboardPagesTest.leader())).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Dự báo khối lượng công việc của kế hoạch").contains("trong tuần trước Tết")
                .contains("Rà soát theo quy định").contains("/dashboard/what-if.js");
        assertThat(mvc.perform(get("/dashboard/what-if/data").param("plan", planId)
                        .principal(DashboardPagesTest.user("ld.so-tu-phap", "agency-head", "so-tu-phap")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification", Integer.class)).isEqualTo(rowsBefore);
    }

    private static PlanItem item(String planId, int no, String task, DeadlineKind kind, LocalDate due,
                                 String... agencies) {
        return new PlanItem(planId, no, "I. CẢI CÁCH THỂ CHẾ", String.valueOf(no), task, String.join(", ", agencies),
                List.of(agencies), null, List.of(), "Báo cáo", due == null ? "Theo quy định" : "Trước Tết", kind, due);
    }
}
