package vn.cchc.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.plan.Amendment;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.Assignments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.support.AtOnce;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;
import vn.cchc.support.IssuedPlans;

/**
 * The follow-up pages of an issued plan over HTTP as the demo users: the list, a first date for an item without
 * one, an extension for one agency, an event, new items; bad input and other users change nothing. Expected days
 * are counted by hand on the 2024 calendar (as in ReminderTimersTest).
 */
@CchcIntegrationTest
class FollowUpPagesTest {

    private static final String ITEMS = """
            [{"section": "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "task": "Ban hành Kế hoạch kiểm tra công tác CCHC",
              "lead": "Sở Nội vụ", "product": "Kế hoạch", "due": "Quý I/2024"},
             {"task": "Rà soát quy định về thủ tục hành chính", "lead": ["Sở Tư pháp", "Sở Tài chính"],
              "product": "Báo cáo", "due": "Theo quy định"},
             {"task": "Khắc phục tồn tại sau đánh giá Chỉ số CCHC", "lead": ["Sở Tư pháp", "Sở Tài chính"],
              "product": "Báo cáo", "due": "Sau khi có kết quả công bố"},
             {"task": "Tự đánh giá, chấm điểm Chỉ số CCHC", "lead": ["Sở Tư pháp", "Sở Tài chính"],
              "product": "Báo cáo", "due": "Quý I/2024"}]""";

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

    private final HttpClient http = HttpClient.newHttpClient();
    private String planId;
    private String decision;

    @BeforeEach
    void issuedPlan() {
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        IssuedPlans.IssuedPlan issued = new IssuedPlans(engine, amendments, assignments, jdbc)
                .issue("KH-TD", "Kế hoạch CCHC năm 2024 (theo dõi)", ITEMS);
        planId = issued.id();
        decision = issued.decision();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void listShowsEveryItemWithDueDatesStatusesAndWhatSnvMustDo() {
        RestClient.Response page = RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Theo dõi nhiệm vụ — Kế hoạch CCHC năm 2024 (theo dõi)")
                .contains("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH").contains("Ban hành Kế hoạch kiểm tra công tác CCHC")
                .contains("Sở Tư pháp, Sở Tài chính")
                // Quý I/2024 ends on Sunday 31/03: due Monday 01/04, after the Q1 reporting day (15/03): not due yet
                .contains("01/04/2024").contains("Chưa đến hạn: 2")
                .contains("Chưa xác định hạn: 2").contains("Chờ sự kiện: 2")
                .contains("Cần ấn định thời hạn").contains("Chờ sự kiện</div>");
        assertThat(row(page.body(), "Ban hành Kế hoạch kiểm tra")).doesNotContain("Cần ấn định thời hạn");
        assertThat(row(page.body(), "Khắc phục tồn tại")).contains("Cần ấn định thời hạn", "Chờ sự kiện</div>");

        String soNoiVu = RestClient.as(port, "giamdoc.snv").get("/plans/" + planId + "/items?agency=so-noi-vu").body();
        assertThat(soNoiVu).contains("Ban hành Kế hoạch kiểm tra").doesNotContain("Rà soát quy định");
        String link = "href=\"/plans/" + planId + "/items\"";
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/import").body()).contains(link);
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/notifications?plan=" + planId).body()).contains(link);
        String waiting = RestClient.as(port, "chuyenvien.snv")
                .get("/plans/" + planId + "/items?status=WAITING_EVENT").body();
        assertThat(waiting).contains("Khắc phục tồn tại").doesNotContain("Ban hành Kế hoạch kiểm tra");
    }

    @Test
    void anOngoingItemShowsWhichPeriodsAreRecorded() {
        amendments.addItems(planId, """
                [{"task": "Duy trì hoạt động của Trung tâm Phục vụ hành chính công", "lead": "Văn phòng UBND tỉnh",
                  "product": "Báo cáo", "due": "Thường xuyên"}]""", "Bổ sung nhiệm vụ thường xuyên", "chuyenvien.snv");
        runJobs();
        engine.getTaskService().complete(executeTask("5:van-phong-ubnd").getId(), Map.of("progressOnly", true,
                "progressText", "Quý I: tiếp nhận 12.000 hồ sơ"));
        runJobs();

        String row = row(RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items").body(),
                "Duy trì hoạt động");
        assertThat(row).contains("Kỳ Quý I năm 2024 (15/03/2024): 1/1 đã ghi nhận")
                .contains("Kỳ 6 tháng đầu năm 2024 (17/06/2024): 0/1 đã ghi nhận")
                .contains("Kỳ năm 2024 (17/12/2024): 0/1 đã ghi nhận")
                // Q1 recorded early: the next checkpoint (17/06) is after the Q1 reporting day, nothing owed yet
                .contains("Chưa đến hạn: 1");
    }

    @Test
    void onlySnvMayOpenOrChangeTheFollowUp() throws Exception {
        assertThat(RestClient.anonymous(port).get("/plans/" + planId + "/items").status()).isEqualTo(401);
        RestClient.Response official = RestClient.as(port, "cv.so-tu-phap").get("/plans/" + planId + "/items");
        assertThat(official.status()).isEqualTo(403);
        assertThat(official.body()).contains("không có quyền");

        HttpResponse<String> post = post("cv.so-tu-phap", "/items/4/extension", Map.of("assignmentId",
                decision + ":4:so-tu-phap", "due", "28/06/2024", "reason", "Tự gia hạn"));
        assertThat(post.statusCode()).isEqualTo(403);
        // a form posted from another site carries no CSRF token of this site's pages
        HttpResponse<String> foreign = PageSession.as(port, "chuyenvien.snv").postForm("/plans/" + planId
                + "/items/4/extension", Map.of("assignmentId", decision + ":4:so-tu-phap", "due", "28/06/2024",
                "reason", "Trang lạ"), null);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(assignment("4:so-tu-phap").dueDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(changes()).isEmpty();
    }

    @Test
    void aFirstDateForAnItemWithoutOneStartsItsTimers() throws Exception {
        assertThat(timer("2:so-tu-phap")).isNull();

        HttpResponse<String> saved = post("chuyenvien.snv", "/items/2/deadline",
                Map.of("due", "28/06/2024", "reason", "Theo Quyết định 123/QĐ-BTP"));
        assertThat(saved.statusCode()).isEqualTo(302);
        runJobs();

        for (String agency : List.of("so-tu-phap", "so-tai-chinh")) {
            assertThat(assignment("2:" + agency).dueDate()).isEqualTo(LocalDate.of(2024, 6, 28));
            assertThat(assignment("2:" + agency).status()).isEqualTo(AssignmentStatus.NOT_DUE); // after the Q1 reporting day (15/03)
            assertThat(executeTask("2:" + agency).getDueDate()).isEqualTo(endOfDay(2024, 6, 28));
            // first reminder 10 working days before Friday 28/06/2024
            assertThat(timer("2:" + agency)).isEqualTo(at(2024, 6, 14, 8, 0));
        }
        String page = RestClient.as(port, "chuyenvien.snv").get(location(saved)).body();
        assertThat(page).contains("Đã lưu thời hạn mới").contains("Điều chỉnh thời hạn").contains("Theo quy định")
                .contains("28/06/2024 (28/06/2024)").contains("Theo Quyết định 123/QĐ-BTP").contains("chuyenvien.snv")
                .doesNotContain("Cần ấn định thời hạn");

        // the same change sent again (a double click, the browser's back and resend): nothing to change
        HttpResponse<String> again = post("chuyenvien.snv", "/items/2/deadline",
                Map.of("due", "28/06/2024", "reason", "Theo Quyết định 123/QĐ-BTP"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Nhiệm vụ số 2 đã có thời hạn &quot;28/06/2024&quot;");
        assertThat(changes()).singleElement().satisfies(a -> assertThat(a.kind())
                .isEqualTo(Amendment.Kind.DEADLINE_CHANGED));
    }

    @Test
    void extensionMovesOneAgencyTaskAndTimersOnly() throws Exception {
        // before: both agencies due Monday 01/04, first reminder 10 working days earlier on 18/03
        assertThat(timer("4:so-tu-phap")).isEqualTo(at(2024, 3, 18, 8, 0));

        HttpResponse<String> saved = post("giamdoc.snv", "/items/4/extension", Map.of("assignmentId",
                decision + ":4:so-tu-phap", "due", "28/06/2024", "reason", "Chờ số liệu của Bộ Tư pháp"));
        assertThat(saved.statusCode()).isEqualTo(302);
        runJobs();

        assertThat(assignment("4:so-tu-phap").dueDate()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(executeTask("4:so-tu-phap").getDueDate()).isEqualTo(endOfDay(2024, 6, 28));
        assertThat(timer("4:so-tu-phap")).isEqualTo(at(2024, 6, 14, 8, 0));
        assertThat(engine.getRuntimeService().getVariable(executeTask("4:so-tu-phap").getProcessInstanceId(),
                "dueDateText")).isEqualTo("28/06/2024");

        assertThat(assignment("4:so-tai-chinh").dueDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(executeTask("4:so-tai-chinh").getDueDate()).isEqualTo(endOfDay(2024, 4, 1));
        assertThat(timer("4:so-tai-chinh")).isEqualTo(at(2024, 3, 18, 8, 0));
        assertThat(jdbc.queryForObject("SELECT deadline_text FROM cchc_plan_item WHERE plan_id = ? AND item_no = 4",
                String.class, planId)).isEqualTo("Quý I/2024");

        assertThat(changes()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Amendment.Kind.EXTENSION);
            assertThat(a.agencyId()).isEqualTo("so-tu-phap");
            assertThat(a.oldValue()).isEqualTo("01/04/2024");
            assertThat(a.newValue()).isEqualTo("28/06/2024");
            assertThat(a.changedBy()).isEqualTo("giamdoc.snv");
        });
        String page = RestClient.as(port, "chuyenvien.snv").get(location(saved)).body();
        assertThat(page).contains("Đã gia hạn cho cơ quan").contains("Gia hạn cho cơ quan").contains("Chờ số liệu của Bộ Tư pháp");
    }

    @Test
    void recordedEventGivesTheWaitingTasksTheirDueDates() throws Exception {
        // the PAR Index results were published on Thursday 05/09/2024
        ClockUtil.setCurrentTime(at(2024, 9, 6, 9, 0));
        HttpResponse<String> saved = post("chuyenvien.snv", "/items/3/event",
                Map.of("eventDate", "05/09/2024", "note", "Quyết định công bố Chỉ số CCHC 2023"));
        assertThat(saved.statusCode()).isEqualTo(302);
        runJobs();

        // 20 working days after 05/09 (2–3/9 are before it) is Thursday 03/10; reminders from 19/09
        for (String agency : List.of("so-tu-phap", "so-tai-chinh")) {
            assertThat(assignment("3:" + agency).dueDate()).isEqualTo(LocalDate.of(2024, 10, 3));
            assertThat(assignment("3:" + agency).status()).isEqualTo(AssignmentStatus.NOT_DUE); // after the Q3 reporting day (17/09)
            assertThat(timer("3:" + agency)).isEqualTo(at(2024, 9, 19, 8, 0));
        }
        String list = RestClient.as(port, "chuyenvien.snv").get("/plans/" + planId + "/items").body();
        assertThat(row(list, "Khắc phục tồn tại")).contains("03/10/2024").doesNotContain("Chờ sự kiện");
        assertThat(changes()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Amendment.Kind.EVENT_OCCURRED))
                .satisfies(a -> assertThat(a.newValue()).isEqualTo("Sự kiện diễn ra ngày 05/09/2024"));
    }

    @Test
    void badInputIsShownOnThePageAndChangesNothing() throws Exception {
        Map<String, String> refused = Map.of(
                "/items/2/deadline|due=31/02/2024|reason=Sai ngày", "thời hạn mới: không đọc được &quot;31/02/2024&quot;",
                "/items/2/deadline|due=28/06/2024|reason=", "Lý do điều chỉnh: chưa nhập",
                "/items/4/extension|assignmentId=" + decision + ":4:so-tu-phap|due=abc|reason=Gia hạn",
                "Hạn mới: &quot;abc&quot; không phải là ngày hợp lệ",
                "/items/4/extension|assignmentId=|due=28/06/2024|reason=Gia hạn", "Cơ quan được gia hạn: chưa chọn",
                "/items/4/extension|assignmentId=" + decision + ":4:so-tu-phap|due=28/06/2024|reason= ",
                "Lý do gia hạn: chưa nhập",
                "/items/99/deadline|due=28/06/2024|reason=Không có", "không có nhiệm vụ số 99",
                "/items/1/event|eventDate=05/01/2024|note=", "không có thời hạn tính từ một sự kiện",
                "/items/3/event|eventDate=05/09/2024|note=", "là ngày trong tương lai");
        // a slip of the keyboard far from the plan's year, and texts longer than the history keeps
        Map<String, String> outOfBounds = Map.of(
                "/items/2/deadline|due=28/06/2150|reason=Gõ nhầm",
                "Thời hạn mới 28/06/2150 nằm ngoài thời gian của kế hoạch năm 2024: chỉ nhận ngày từ năm 2023 đến năm 2029",
                "/items/2/deadline|due=01/01/1900|reason=Gõ nhầm", "01/01/1900 nằm ngoài thời gian của kế hoạch năm 2024",
                "/items/4/extension|assignmentId=" + decision + ":4:so-tu-phap|due=28/06/2031|reason=Gia hạn",
                "Hạn mới 28/06/2031 nằm ngoài thời gian của kế hoạch năm 2024",
                "/items/3/event|eventDate=05/01/2020|note=", "Ngày diễn ra sự kiện 05/01/2020 nằm ngoài thời gian",
                "/items/2/deadline|due=28/06/2024|reason=" + "x".repeat(2001),
                "Lý do điều chỉnh: dài 2001 ký tự, vượt giới hạn 2000 ký tự",
                "/items/4/extension|assignmentId=" + decision + ":4:so-tu-phap|due=28/06/2024|reason=" + "x".repeat(5000),
                "Lý do gia hạn: dài 5000 ký tự");
        Map<String, String> all = new java.util.LinkedHashMap<>(refused);
        all.putAll(outOfBounds);
        for (Map.Entry<String, String> attempt : all.entrySet()) {
            String[] parts = attempt.getKey().split("\\|");
            Map<String, String> form = java.util.Arrays.stream(parts).skip(1).map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1]));
            HttpResponse<String> answer = post("chuyenvien.snv", parts[0], form);
            assertThat(answer.statusCode()).as(attempt.getKey()).isEqualTo(422);
            assertThat(answer.body()).as(attempt.getKey()).contains("Không thực hiện được")
                    .contains(attempt.getValue());
        }
        jdbc.update("UPDATE cchc_plan SET status = 'CLOSED' WHERE id = ?", planId);
        assertThat(post("chuyenvien.snv", "/items/2/deadline", Map.of("due", "28/06/2024", "reason", "Muộn"))
                .body()).contains("chưa ban hành hoặc đã tổng kết");

        assertThat(changes()).isEmpty();
        assertThat(assignment("2:so-tu-phap").dueDate()).isNull();
        assertThat(assignment("4:so-tu-phap").dueDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(assignment("3:so-tu-phap").status()).isEqualTo(AssignmentStatus.WAITING_EVENT);
        assertThat(timer("4:so-tu-phap")).isEqualTo(at(2024, 3, 18, 8, 0));
    }

    @Test
    void pastedRowsArePreviewedWithoutWritingAndConfirmingAddsExactlyThem() throws Exception {
        String rows = "5\tKhảo sát mức độ hài lòng của người dân\tCơ quan thường trực BCĐ CCHC tỉnh\tSở Tư pháp\t"
                + "Báo cáo\tQuý II/2024\r\n"
                + "6\tCông khai kết quả giải quyết hồ sơ\tSở Tài chính; Sở Tư pháp\t\tTin bài\tQuý II, Quý IV/2024\r\n"
                + "7\tRà soát thủ tục hành chính liên thông\tSở Nội vụ\t\tBáo cáo\tTheo quy định";
        Map<String, String> form = Map.of("rows", rows, "reason", "Văn bản 5/UBND-NC ngày 02/01/2024");

        HttpResponse<String> preview = post("chuyenvien.snv", "/items/add", form);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Xem trước nhiệm vụ bổ sung")
                // 1 + 2 agencies × 2 milestones + 1
                .contains("xác nhận sẽ giao <strong class=\"assignments\">6</strong> lượt")
                .contains("action=\"/plans/" + planId + "/items/add/confirm\"");
        String first = row(preview.body(), "Khảo sát mức độ hài lòng");
        // the alias resolves to Sở Nội vụ; Quý II/2024 ends on Sunday 30/06, the task is due Monday 01/07
        assertThat(first).contains("<td>5</td>").contains("Cơ quan thường trực BCĐ CCHC tỉnh</span> →")
                .contains("<span>Sở Nội vụ</span>")
                .contains("30/06/2024 → 01/07/2024").doesNotContain("Cần đặt thời hạn");
        assertThat(row(preview.body(), "Công khai kết quả")).contains("<td>6</td>")
                .contains("Sở Tài chính; Sở Tư pháp").contains("30/06/2024 → 01/07/2024; 31/12/2024")
                .contains("<td>4</td>");
        assertThat(row(preview.body(), "Rà soát thủ tục hành chính liên thông")).contains("<td>7</td>")
                .contains("Theo quy định").contains("Cần đặt thời hạn");
        assertUnchanged();

        HttpResponse<String> confirmed = post("chuyenvien.snv", "/items/add/confirm",
                Map.of("rows", rows, "reason", "Văn bản 5/UBND-NC ngày 02/01/2024", "lastItemNo", "4"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(location(confirmed)).isEqualTo("/plans/" + planId + "/items?added=3");
        runJobs();

        assertThat(assignments.ofPlan(planId)).hasSize(7 + 6);
        assertThat(instances()).isEqualTo(7 + 6);
        assertThat(assignment("5:so-noi-vu").dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(assignment("6:so-tu-phap:m1").dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(assignment("6:so-tu-phap:m2").dueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(assignment("7:so-noi-vu").status()).isEqualTo(AssignmentStatus.NO_DUE_DATE);
        assertThat(executeTask("5:so-noi-vu")).isNotNull();
        assertThat(RestClient.as(port, "chuyenvien.snv").get(location(confirmed)).body()).contains("Đã bổ sung")
                .contains("Khảo sát mức độ hài lòng của người dân").contains("Công khai kết quả giải quyết hồ sơ");
        assertThat(changes()).hasSize(3).allMatch(a -> a.kind() == Amendment.Kind.NEW_ITEM);

        // the same confirmation sent twice: the plan now ends at item 7, nothing is added again
        HttpResponse<String> twice = post("chuyenvien.snv", "/items/add/confirm",
                Map.of("rows", rows, "reason", "Văn bản 5/UBND-NC ngày 02/01/2024", "lastItemNo", "4"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("đã thay đổi sau khi xem trước").contains("nay là số 7");
        assertThat(assignments.ofPlan(planId)).hasSize(13);
        assertThat(changes()).hasSize(3);
    }

    @Test
    void aRowWithAnUnknownAgencyIsFlaggedOnItsRowAndCannotBeConfirmed() throws Exception {
        String rows = "5\tKhảo sát mức độ hài lòng\tSở Nội vụ\t\tBáo cáo\tQuý II/2024\n"
                + "6\tCông khai kết quả giải quyết hồ sơ\tSở Không Có\t\tTin bài\tQuý III/2024";

        HttpResponse<String> preview = post("chuyenvien.snv", "/items/add",
                Map.of("rows", rows, "reason", "Văn bản 5/UBND"));

        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(row(preview.body(), "Công khai kết quả")).contains("<td>2</td>")
                .contains("không tìm thấy cơ quan chủ trì &quot;Sở Không Có&quot;");
        assertThat(row(preview.body(), "Khảo sát mức độ hài lòng")).doesNotContain("không tìm thấy");
        assertThat(preview.body()).contains("Chưa thể bổ sung").doesNotContain("/items/add/confirm")
                .contains("Sở Không Có\t\tTin bài"); // the pasted rows are still in the textarea to be corrected

        // a confirmation forged without a valid preview writes nothing either
        Map<String, String> forged = Map.of(
                "rows=" + rows + "|reason=Văn bản 5/UBND|lastItemNo=4", "không tìm thấy cơ quan chủ trì",
                "rows= |reason=Văn bản 5/UBND|lastItemNo=4", "Nhiệm vụ bổ sung: chưa nhập",
                "rows=5\tKhảo sát\tSở Nội vụ\t\tBáo cáo\tQuý II/2024|reason=|lastItemNo=4",
                "Lý do điều chỉnh: chưa nhập",
                "rows=5\tKhảo sát\tSở Nội vụ\t\tBáo cáo\tQuý II/2024|reason=Văn bản 5/UBND|lastItemNo=",
                "dấu kiểm của bản xem trước");
        for (Map.Entry<String, String> attempt : forged.entrySet()) {
            Map<String, String> form = java.util.Arrays.stream(attempt.getKey().split("\\|"))
                    .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
            HttpResponse<String> answer = post("chuyenvien.snv", "/items/add/confirm", form);
            assertThat(answer.statusCode()).as(attempt.getKey()).isEqualTo(422);
            assertThat(answer.body()).as(attempt.getKey()).contains("Không bổ sung được, kế hoạch không thay đổi")
                    .contains(attempt.getValue());
        }
        assertUnchanged();
    }

    @Test
    void aConfirmationAfterSomeoneElseAddedItemsIsRefusedAndShowsTheNewNumbers() throws Exception {
        String rows = "5\tKhảo sát mức độ hài lòng của người dân\tSở Nội vụ\t\tBáo cáo\tQuý II/2024";
        Map<String, String> form = Map.of("rows", rows, "reason", "Văn bản 5/UBND");
        assertThat(row(post("chuyenvien.snv", "/items/add", form).body(), "Khảo sát mức độ")).contains("<td>5</td>");
        amendments.addItems(planId, "[{\"task\": \"Nhiệm vụ do người khác bổ sung\", \"lead\": \"Sở Tư pháp\", "
                + "\"due\": \"Quý II/2024\"}]", "Văn bản khác", "giamdoc.snv");
        int assignmentsNow = assignments.ofPlan(planId).size();

        HttpResponse<String> refused = post("chuyenvien.snv", "/items/add/confirm",
                Map.of("rows", rows, "reason", "Văn bản 5/UBND", "lastItemNo", "4"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("đã thay đổi sau khi xem trước").contains("Không bổ sung được");
        // the refreshed preview numbers the row after the other user's item 5
        assertThat(row(refused.body(), "Khảo sát mức độ")).contains("<td>6</td>");
        assertThat(refused.body()).contains("name=\"lastItemNo\" value=\"5\"");
        assertThat(assignments.ofPlan(planId)).hasSize(assignmentsNow);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_plan_item WHERE plan_id = ?", Integer.class,
                planId)).isEqualTo(5);
    }

    // --- helpers

    /** The plan still has its 4 items, 7 assignments and 7 planTask instances, and no amendment. */
    private void assertUnchanged() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_plan_item WHERE plan_id = ?", Integer.class,
                planId)).isEqualTo(4);
        assertThat(assignments.ofPlan(planId)).hasSize(7);
        assertThat(instances()).isEqualTo(7);
        assertThat(changes()).isEmpty();
    }

    private long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKeyLike(decision + ":%").count();
    }

    @Test
    void aConfirmationSentThreeTimesAtOnceAddsTheItemOnce() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        String token = snv.csrfToken("/plans/" + planId + "/items/add");
        Map<String, String> form = Map.of("rows", "5\tKhảo sát mức độ hài lòng của người dân\tSở Nội vụ\t\t"
                + "Báo cáo\tQuý II/2024", "reason", "Văn bản 5/UBND-NC ngày 02/01/2024", "lastItemNo", "4",
                "_csrf", token);

        List<HttpResponse<String>> answers = AtOnce.run(3,
                () -> snv.postForm("/plans/" + planId + "/items/add/confirm", form, null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("đã thay đổi sau khi xem trước").contains("nay là số 5"));
        assertThat(changes()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Amendment.Kind.NEW_ITEM));
        assertThat(assignments.ofPlan(planId)).hasSize(7 + 1);
    }

    @Test
    void anExtensionSentThreeTimesAtOnceIsGrantedAndRecordedOnce() {
        PageSession snv = PageSession.as(port, "giamdoc.snv");
        String itemPage = "/plans/" + planId + "/items/4";
        String token = snv.csrfToken(itemPage);
        Map<String, String> form = Map.of("assignmentId", decision + ":4:so-tu-phap", "due", "28/06/2024",
                "reason", "Chờ số liệu của Bộ Tư pháp", "_csrf", token);

        List<HttpResponse<String>> answers = AtOnce.run(3, () -> snv.postForm(itemPage + "/extension", form, null));

        // the page answers a refused change with the form and its reasons (422)
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 422, 422);
        assertThat(answers).filteredOn(a -> a.statusCode() == 422).allSatisfy(a -> assertThat(a.body())
                .contains("đã có hạn 28/06/2024, không có gì để gia hạn"));
        assertThat(assignment("4:so-tu-phap").dueDate()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(changes()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Amendment.Kind.EXTENSION));
    }

    private List<Amendment> changes() {
        return amendments.history(planId).stream()
                .filter(a -> !"Danh sách nhiệm vụ ban đầu".equals(a.reason())).toList();
    }

    private Assignments.Assignment assignment(String itemAndAgency) {
        return assignments.find(decision + ":" + itemAndAgency).orElseThrow();
    }

    private Task executeTask(String itemAndAgency) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(decision + ":" + itemAndAgency)
                .taskDefinitionKey("executeTask").singleResult();
    }

    private Date timer(String itemAndAgency) {
        Job timer = engine.getManagementService().createJobQuery()
                .rootProcessInstanceId(assignment(itemAndAgency).processInstanceId()).timers().singleResult();
        return timer == null ? null : timer.getDuedate();
    }

    private static String location(HttpResponse<String> redirect) {
        return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawPath()
                + "?" + URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
    }

    /** The table row of the list page that shows {@code task}. */
    private static String row(String page, String task) {
        int at = page.indexOf(task);
        assertThat(at).as(task).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    /** Posts a form as the user's browser would from the plan's pages (with their CSRF token, when they may open them). */
    private HttpResponse<String> post(String user, String path, Map<String, String> form) {
        PageSession session = PageSession.as(port, user);
        String formPage = "/plans/" + planId + "/items/add";
        boolean opens = session.get(formPage).statusCode() == 200;
        return session.postForm("/plans/" + planId + path, form, opens ? formPage : null);
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, DueDates.ZONE).toInstant());
    }

    private static Date endOfDay(int year, int month, int day) {
        return DueDates.endOfDay(LocalDate.of(year, month, day));
    }

    private void runJobs() {
        new IssuedPlans(engine, amendments, assignments, jdbc).runJobs(planId);
    }
}
