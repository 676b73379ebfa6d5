package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The dashboard over MockMvc with the user as Spring Security will hand it to the controller (an authentication
 * whose authorities are the Camunda groups); the security chain itself is the lead's. A known plan state on
 * Friday 10/05/2024 09:00, every figure checked against a plain SQL count of the same rows.
 */
@CchcIntegrationTest
class DashboardPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;
    private SamplePlan plan;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void knownPlanState() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2024, 5, 10, 9, 0).atZone(DueDates.ZONE).toInstant()));
        plan = new SamplePlan(jdbc, 2024)
                .item(1, "I. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2024, 3, 29),
                        "so-tu-phap", "so-noi-vu")
                .item(2, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công bố TTHC", DeadlineKind.FIXED,
                        LocalDate.of(2024, 4, 30), "so-tu-phap", "so-tai-chinh")
                .item(3, "VI. CHÍNH QUYỀN SỐ", "Nâng cấp hệ thống", DeadlineKind.FIXED, LocalDate.of(2024, 6, 28),
                        "so-tu-phap", "so-noi-vu")
                .item(4, "VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Khắc phục tồn tại", DeadlineKind.EVENT, null,
                        "so-noi-vu")
                .item(5, "V. CẢI CÁCH TÀI CHÍNH CÔNG", "Công khai ngân sách", DeadlineKind.FIXED,
                        LocalDate.of(2024, 5, 14), "so-tai-chinh")
                .done(1, "so-tu-phap", LocalDate.of(2024, 3, 20), false)
                .done(2, "so-tu-phap", LocalDate.of(2024, 5, 3), true);
        jdbc.update("UPDATE cchc_assignment SET status = 'WAITING_EVENT' WHERE id = ?", plan.decision + ":4:so-noi-vu");
        escalation("so-noi-vu", "ld.so-noi-vu@example.gov.vn", LocalDateTime.of(2024, 5, 9, 8, 0));
        escalation("so-noi-vu", "snv@example.gov.vn", LocalDateTime.of(2024, 5, 3, 8, 0)); // last week
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLeaderSeesTheWholePlanAndEveryFigureMatchesASqlCount() throws Exception {
        JsonNode d = data(leader(), "");

        assertThat(d.at("/totals/assignments").asLong()).isEqualTo(count("1 = 1")).isEqualTo(8);
        assertThat(d.at("/totals/doneOnTime").asLong()).isEqualTo(count("status = 'DONE_ON_TIME'")).isEqualTo(1);
        assertThat(d.at("/totals/doneLate").asLong()).isEqualTo(count("status = 'DONE_LATE'")).isEqualTo(1);
        assertThat(d.at("/totals/overdue").asLong()).isEqualTo(count(
                "status NOT IN ('DONE_ON_TIME', 'DONE_LATE') AND due_date < DATE '2024-05-10'")).isEqualTo(2);
        assertThat(d.at("/totals/onTimeRate").asDouble()).isEqualTo(50.0);
        assertThat(status(d, "IN_PROGRESS")).isZero();
        assertThat(status(d, "DUE_SOON")).isEqualTo(1); // due Tuesday 14/05: reminded since 26/04
        assertThat(status(d, "WAITING_EVENT")).isEqualTo(1);
        assertThat(status(d, "NOT_DUE")).isEqualTo(2); // due 28/06, after the 6-month reporting day (17/06)
        assertThat(d.at("/statuses").size()).isEqualTo(8);

        // ranked: most overdue first, then the fewest done on time, then by name
        assertThat(names(d.at("/agencies"), "agencyId")).containsExactly("so-noi-vu", "so-tai-chinh", "so-tu-phap");
        JsonNode tuPhap = d.at("/agencies/2");
        assertThat(List.of(tuPhap.get("doneOnTime").asLong(), tuPhap.get("doneLate").asLong(),
                tuPhap.get("openOnTime").asLong(), tuPhap.get("overdue").asLong())).containsExactly(1L, 1L, 1L, 0L);
        assertThat(d.at("/agencies/0/overdue").asLong()).isEqualTo(count(
                "agency_id = 'so-noi-vu' AND status NOT IN ('DONE_ON_TIME', 'DONE_LATE') AND due_date < DATE '2024-05-10'"));

        assertThat(names(d.at("/areas"), "area")).containsExactly("the-che", "tthc", "tai-chinh-cong",
                "chinh-quyen-so", "khac");
        assertThat(d.at("/trend/2/due").asLong()).isEqualTo(2); // March
        assertThat(d.at("/trend/2/done").asLong()).isEqualTo(1);
        assertThat(d.at("/trend/4/done").asLong()).isEqualTo(1); // May, late
        assertThat(d.at("/trend/4/doneOnTime").asLong()).isZero();

        // overdue: so-noi-vu 42 days (31–90), so-tai-chinh 10 days (8–30)
        assertThat(d.at("/overdueBuckets/1/count").asLong()).isEqualTo(1);
        assertThat(d.at("/overdueBuckets/2/count").asLong()).isEqualTo(1);
        assertThat(d.at("/overdue/0/agencyId").asText()).isEqualTo("so-noi-vu");
        assertThat(d.at("/overdue/0/daysOverdue").asLong()).isEqualTo(42);
        assertThat(d.at("/waiting/0/itemNo").asInt()).isEqualTo(4);
        assertThat(d.at("/escalations").size()).isEqualTo(1);
        assertThat(d.at("/escalations/0/recipient").asText()).isEqualTo("ld.so-noi-vu@example.gov.vn");
    }

    @Test
    void filtersNarrowEveryFigure() throws Exception {
        assertThat(data(leader(), "&area=the-che").at("/totals/assignments").asLong()).isEqualTo(2);
        assertThat(data(leader(), "&period=Q2").at("/totals/assignments").asLong())
                .isEqualTo(count("due_date BETWEEN DATE '2024-04-01' AND DATE '2024-06-30'")).isEqualTo(5);
        assertThat(data(leader(), "&agencyClass=cap-xa").at("/totals/assignments").asLong()).isZero();
        assertThat(data(leader(), "&agencyClass=cap-so").at("/totals/assignments").asLong()).isEqualTo(8);
    }

    @Test
    void anAgencyHeadSeesOnlyTheirAgencyAndNoDirectiveLinks() throws Exception {
        UsernamePasswordAuthenticationToken head = user("ld.so-noi-vu", "agency-head", "so-noi-vu");
        JsonNode d = data(head, "");
        assertThat(d.at("/totals/assignments").asLong()).isEqualTo(count("agency_id = 'so-noi-vu'")).isEqualTo(3);
        assertThat(names(d.at("/agencies"), "agencyId")).containsExactly("so-noi-vu");
        assertThat(d.at("/provinceWide").asBoolean()).isFalse();

        String page = page(head);
        assertThat(page).contains("chỉ số liệu của cơ quan, đơn vị mình").doesNotContain("/dashboard/directives/new")
                .contains("data-direct=\"false\"");
    }

    @Test
    void othersAreRefused() throws Exception {
        assertThat(mvc.perform(get("/dashboard/data").param("plan", plan.id)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        for (UsernamePasswordAuthenticationToken other : List.of(user("cv.so-tu-phap", "agency-official",
                "so-tu-phap"), user("thamdinh.vp", "appraiser"), user("x", "agency-head"))) {
            for (String path : List.of("/dashboard", "/dashboard/data", "/dashboard/export.xlsx")) {
                assertThat(as(other, get(path).param("plan", plan.id)).getStatus()).as(path).isEqualTo(403);
            }
        }
        assertThat(as(leader(), get("/dashboard/data").param("plan", "KH-KHONG-CO")).getStatus()).isEqualTo(404);
    }

    @Test
    void thePageShowsTheFiguresAndLinksChartsDataAndDownload() throws Exception {
        String page = page(leader());
        assertThat(page).contains("Bảng điều hành cải cách hành chính").contains("Kế hoạch cải cách hành chính năm 2024")
                .contains("id=\"kpi-overdue\">2<").contains("id=\"kpi-rate\">50,0%<")
                .contains("/webjars/echarts/5.5.0/echarts.min.js").contains("/dashboard/dashboard.js")
                .contains("/dashboard/export.xlsx?plan=" + plan.id).doesNotContain("cdn")
                .contains("<option value=\"tthc\">Cải cách thủ tục hành chính</option>")
                .contains("Rà soát văn bản").contains("42 ngày").contains("Khắc phục tồn tại")
                .contains("ld.so-noi-vu@example.gov.vn")
                .contains("/dashboard/directives/new?plan=" + plan.id + "&amp;agency=so-noi-vu&amp;item=1");
        assertThat(mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/dashboard/dashboard.js")).andReturn().getResponse().getContentAsString())
                .contains("/dashboard/data");
        assertThat(mvc.perform(get("/dashboard/dashboard.css")).andReturn().getResponse().getContentAsString())
                .contains("@page { size: A4 landscape").contains("@media print").contains("max-width: 700px");
    }

    @Test
    void theWorkbookHasEveryChartsNumbers() throws Exception {
        MockHttpServletResponse xlsx = as(leader(), get("/dashboard/export.xlsx").param("plan", plan.id));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(Arrays.asList(sheetNames(book))).containsExactly("Tổng quan", "Theo cơ quan", "Theo lĩnh vực",
                    "Theo tháng", "Quá hạn", "Chờ sự kiện, chờ hạn", "Cảnh báo tuần này");
            Sheet agencies = book.getSheet("Theo cơ quan");
            assertThat(agencies.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sở Nội vụ");
            assertThat(agencies.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0); // overdue
            assertThat(agencies.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1.0); // so-tu-phap on time
            assertThat(book.getSheet("Tổng quan").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(50.0);
        }
    }

    // --- helpers

    private static String[] sheetNames(XSSFWorkbook book) {
        String[] names = new String[book.getNumberOfSheets()];
        for (int i = 0; i < names.length; i++) {
            names[i] = book.getSheetName(i);
        }
        return names;
    }

    private long count(String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment WHERE plan_id = ? AND " + condition,
                Long.class, plan.id);
    }

    private static long status(JsonNode d, String status) {
        for (JsonNode s : d.get("statuses")) {
            if (s.get("status").asText().equals(status)) {
                return s.get("count").asLong();
            }
        }
        throw new AssertionError(status);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private JsonNode data(Principal user, String query) throws Exception {
        MockHttpServletResponse r = as(user, get("/dashboard/data?plan=" + plan.id + query));
        assertThat(r.getStatus()).isEqualTo(200);
        return json.readTree(r.getContentAsByteArray());
    }

    private String page(Principal user) throws Exception {
        MockHttpServletResponse r = as(user, get("/dashboard").param("plan", plan.id));
        assertThat(r.getStatus()).isEqualTo(200);
        r.setCharacterEncoding("UTF-8");
        return r.getContentAsString();
    }

    private MockHttpServletResponse as(Principal user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.principal(user)).andReturn().getResponse();
    }

    private void escalation(String agency, String recipient, LocalDateTime at) {
        jdbc.update("""
                        INSERT INTO cchc_notification (idempotency_key, recipient, agency_id, plan_id, template, data,
                               status, attempts, next_attempt_at, subject, created_at, sent_at)
                        VALUES (?, ?, ?, ?, 'alert', '{}', 'SENT', 1, ?, 'Nhiệm vụ quá hạn', ?, ?)""",
                "planTask:" + plan.decision + ":1:" + agency + ":ESCALATION:5:2024-03-29:" + recipient + at,
                recipient, agency, plan.id, Timestamp.valueOf(at), Timestamp.valueOf(at), Timestamp.valueOf(at));
    }

    static UsernamePasswordAuthenticationToken leader() {
        return user("chutich.ubnd", "ubnd-leader");
    }

    static UsernamePasswordAuthenticationToken user(String name, String... groups) {
        return new UsernamePasswordAuthenticationToken(name, "n/a",
                Arrays.stream(groups).map(SimpleGrantedAuthority::new).toList());
    }
}
