package vn.cchc.importer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CalendarFiles;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;
import vn.cchc.support.WebappSession;

/** The draft page over HTTP as the demo users: a table, rows pasted from Word or Excel, preview, save. */
@CchcIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DraftPageTest {

    /** Two rows as Excel copies them: cells separated by tabs, no header row. */
    private static final String PASTED = """
            1\tRà soát thủ tục hành chính\tSở Tư pháp\tSở Nội vụ\tBáo cáo\tQuý I/2024
            2\tKiểm tra công tác CCHC\tSở Nội vụ\t\tKế hoạch\tTháng 10/2024
            """;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanItems items;

    private String planId;
    private String page;

    @BeforeEach
    void newDraftPlan() {
        planId = "KH-DRAFT-" + System.nanoTime();
        page = "/plans/" + planId + "/draft";
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (soạn)"));
    }

    @Test
    void onlySnvSpecialistsAndAdministratorsMayDraft() {
        assertThat(RestClient.anonymous(port).get(page).status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv.so-tu-phap").get(page).status()).isEqualTo(403);
        assertThat(RestClient.as(port, "giamdoc.snv").get(page).status()).isEqualTo(403);
        assertThat(PageSession.as(port, "cv.so-tu-phap").postForm(page + "/save",
                Map.of("task", "Nhiệm vụ", "lead", "Sở Nội vụ"), null).statusCode()).isIn(401, 403);
        RestClient.Response snv = RestClient.as(port, "chuyenvien.snv").get(page);
        assertThat(snv.status()).isEqualTo(200);
        assertThat(snv.body()).contains("Kế hoạch CCHC năm 2024 (soạn)").contains("Xem trước").contains("Lưu")
                .as("2024 has its official calendar")
                .doesNotContain(CalendarFiles.UNCONFIRMED);
        assertThat(RestClient.as(port, "admin").get(page).status()).isEqualTo(200);
    }

    @Test
    void aPlanYearWithoutItsOfficialCalendarIsSaidAboveTheTable() {
        int year = CalendarFiles.firstYearWithout();
        String draft = "KH-DRAFT-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, draft,
                Map.of(PlanVariables.PLAN_YEAR, year, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm " + year));

        assertThat(RestClient.as(port, "chuyenvien.snv").get("/plans/" + draft + "/draft").body())
                .contains("Năm " + year + " " + CalendarFiles.UNCONFIRMED);
    }

    @Test
    void pastedRowsArePreviewedWithTheirAgenciesAndDatesThenSaved() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> preview = snv.postForm(page, Map.of("pasted", PASTED), page);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Rà soát thủ tục hành chính").contains("Kiểm tra công tác CCHC")
                .contains("Chủ trì:").contains("Sở Tư pháp").contains("Phối hợp:")
                .contains("31/03/2024").contains("31/10/2024").contains("Kiểm tra xong: <span>2</span> nhiệm vụ");
        assertThat(items.findByPlan(planId)).as("a preview writes nothing").isEmpty();

        // the preview put the pasted rows into the table; the browser posts the table back with "Lưu"
        HttpResponse<String> saved = post(snv, page + "/save", table(
                row("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Báo cáo", "Quý I/2024"),
                row("2", "Kiểm tra công tác CCHC", "Sở Nội vụ", "", "Kế hoạch", "Tháng 10/2024"),
                row("", "", "", "", "", "")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page + "?saved=2");

        List<PlanItem> stored = items.findByPlan(planId);
        assertThat(stored).extracting(PlanItem::task)
                .containsExactly("Rà soát thủ tục hành chính", "Kiểm tra công tác CCHC");
        assertThat(stored.get(0).leadAgencies()).containsExactly("so-tu-phap");
        assertThat(stored.get(0).coordinatorAgencies()).containsExactly("so-noi-vu");
        assertThat(stored.get(1).dueDate()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(snv.get(page + "?saved=2").body()).contains("Đã lưu <span>2</span> nhiệm vụ")
                .contains("Rà soát thủ tục hành chính");
    }

    @Test
    void savingTheTableKeepsAnImportedActivitysObjectiveAndParentTask() {
        items.replaceAll(planId, List.of(new PlanItem(planId, 1, null, "1", "Lập kế hoạch rà soát", "Sở Tư pháp",
                List.of("so-tu-phap"), "", List.of(), "Kế hoạch", "Quý I/2024", DeadlineKind.FIXED,
                LocalDate.of(2024, 3, 31), null, "Văn bản đúng quy định", "Rà soát văn bản")));
        PageSession snv = PageSession.as(port, "chuyenvien.snv");

        // the table carries the context as hidden fields of the row, as it carries the section
        assertThat(snv.get(page).body()).contains("name=\"objective\" value=\"Văn bản đúng quy định\"",
                "name=\"parentTask\" value=\"Rà soát văn bản\"");
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"section", ""});
        fields.add(new String[] {"objective", "Văn bản đúng quy định"});
        fields.add(new String[] {"parentTask", "Rà soát văn bản"});
        fields.addAll(table(row("1", "Lập kế hoạch rà soát", "Sở Tư pháp", "", "Kế hoạch", "Quý I/2024")).subList(1, 7));
        fields.add(new String[] {"section", ""});
        fields.add(new String[] {"objective", ""});
        fields.add(new String[] {"parentTask", ""});
        fields.addAll(table(row("2", "Kiểm tra công tác CCHC", "Sở Nội vụ", "", "Kế hoạch", "Quý II/2024")).subList(1, 7));
        assertThat(post(snv, page + "/save", fields).statusCode()).isEqualTo(302);

        List<PlanItem> stored = items.findByPlan(planId);
        assertThat(stored).extracting(PlanItem::task, PlanItem::parentTask, PlanItem::objective).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lập kế hoạch rà soát", "Rà soát văn bản", "Văn bản đúng quy định"),
                org.assertj.core.groups.Tuple.tuple("Kiểm tra công tác CCHC", null, null));
    }

    @Test
    void rowsOfFiveCellsAreReadWithoutANumberColumn() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> preview = snv.postForm(page, Map.of("pasted",
                "Tuyên truyền CCHC\tSở Văn hóa, Thể thao và Du lịch\tSở Nội vụ\tTin bài\tQuý II/2024\n"), page);

        assertThat(preview.statusCode()).as(preview.body().replaceAll("(?s).*(<div class=\"error\">.*?</div>).*", "$1")).isEqualTo(200);
        assertThat(preview.body()).contains("Tuyên truyền CCHC").contains("Tin bài").contains("30/06/2024");
    }

    @Test
    void completingTheDraftStepKeepsTheSavedItems() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        assertThat(snv.postForm(page + "/save", Map.of("pasted", PASTED), page).statusCode()).isEqualTo(302);

        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey("draftPlan").singleResult();
        engine.getTaskService().complete(draft.getId(), Map.of(PlanVariables.PLAN_YEAR, 2024,
                PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024 (soạn)", PlanVariables.ITEMS_JSON, ""));

        assertThat(items.findByPlan(planId)).extracting(PlanItem::task)
                .containsExactly("Rà soát thủ tục hành chính", "Kiểm tra công tác CCHC");
    }

    @Test
    void aBadRowIsRefusedWith422NamingTheRowAndFieldAndNothingIsStored(CapturedOutput output) {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> refused = post(snv, page + "/save", table(
                row("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Báo cáo", "Quý I/2024"),
                row("2", "Kiểm tra công tác CCHC", "Sở Không Có", "", "Kế hoạch", "Tháng 10/2024"),
                row("3", "", "Sở Nội vụ", "", "", "Quý II/2024")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Không lưu được")
                .contains("Nhiệm vụ thứ 2 (STT 2): không tìm thấy cơ quan chủ trì &quot;Sở Không Có&quot;")
                .contains("Nhiệm vụ thứ 3 (STT 3): thiếu nội dung nhiệm vụ")
                .as("the rows stay in the table to be corrected").contains("Kiểm tra công tác CCHC")
                .contains("31/03/2024");
        assertThat(items.findByPlan(planId)).isEmpty();

        HttpResponse<String> preview = post(snv, page, table(
                row("1", "Kiểm tra công tác CCHC", "Sở Không Có", "", "Kế hoạch", "Tháng 10/2024")));
        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(preview.body()).contains("Nhiệm vụ thứ 1 (STT 1): không tìm thấy cơ quan chủ trì");

        HttpResponse<String> empty = post(snv, page + "/save", table(row("", "", "", "", "", "")));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Danh sách nhiệm vụ trống");
        assertThat(items.findByPlan(planId)).isEmpty();
        assertThat(output.getOut()).contains("Draft items of plan " + planId + " refused at save")
                .doesNotContain("\tat vn.cchc.");
    }

    @Test
    void aMistypedJsonListInTheDraftFormIsAVietnameseValidationErrorWithoutAStackTrace(CapturedOutput output)
            throws Exception {
        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey("draftPlan").singleResult();
        WebappSession tasklist = WebappSession.login(port, "chuyenvien.snv");
        HttpResponse<String> refused = tasklist.post("/api/engine/engine/default/task/" + draft.getId()
                + "/submit-form", "{\"variables\": {\"planYear\": {\"value\": 2024, \"type\": \"Integer\"}, "
                + "\"planTitle\": {\"value\": \"Kế hoạch CCHC năm 2024\", \"type\": \"String\"}, "
                + "\"itemsJson\": {\"value\": \"[{task: 1}]\", \"type\": \"String\"}}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Danh sách nhiệm vụ không phải JSON hợp lệ (dòng 1, cột 3).")
                .contains("soạn danh sách trong bảng").doesNotContain("Exception while").doesNotContain("ENGINE-")
                .doesNotContain("Cannot submit");
        assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
        assertThat(output.getOut()).contains("Draft form of task " + draft.getId() + " refused")
                .doesNotContain("ENGINE-16004").doesNotContain("\tat org.camunda");

        HttpResponse<String> unknownAgency = tasklist.post("/api/engine/engine/default/task/" + draft.getId()
                + "/submit-form", "{\"variables\": {\"planYear\": {\"value\": 2024, \"type\": \"Integer\"}, "
                + "\"planTitle\": {\"value\": \"Kế hoạch CCHC năm 2024\", \"type\": \"String\"}, "
                + "\"itemsJson\": {\"value\": \"[{\\\"task\\\": \\\"Rà soát\\\", \\\"lead\\\": \\\"Sở Không Có\\\"}]\", "
                + "\"type\": \"String\"}}}");
        assertThat(unknownAgency.statusCode()).isEqualTo(400);
        assertThat(unknownAgency.body()).contains("Nhiệm vụ thứ 1: không tìm thấy cơ quan chủ trì");
        assertThat(items.findByPlan(planId)).isEmpty();
    }

    @Test
    void aSaveAfterSomeoneElseChangedTheListIsRefusedAndTheRowsStayOnThePage() {
        PageSession first = PageSession.as(port, "chuyenvien.snv");
        PageSession second = PageSession.as(port, "admin");
        String openedOn = version(first.get(page).body());
        assertThat(version(second.get(page).body())).isEqualTo(openedOn);
        List<String[]> mine = table(row("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Báo cáo", "Quý I/2024"));
        mine.add(0, new String[] {"itemsVersion", openedOn});
        assertThat(post(first, page + "/save", mine).statusCode()).isEqualTo(302);
        // the same save sent again (a double click): the list is already what it sends
        assertThat(post(first, page + "/save", mine).statusCode()).isEqualTo(302);

        // the second specialist saves the list they opened before the first one's save
        List<String[]> theirs = table(row("1", "Kiểm tra công tác CCHC", "Sở Nội vụ", "", "Kế hoạch", "Quý II/2024"));
        theirs.add(0, new String[] {"itemsVersion", openedOn});
        HttpResponse<String> refused = post(second, page + "/save", theirs);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("đã được thay đổi", "sau khi bạn mở trang")
                .contains(">Kiểm tra công tác CCHC</textarea>");
        assertThat(items.findByPlan(planId)).extracting(PlanItem::task).containsExactly("Rà soát thủ tục hành chính");

        // "Lưu" again on the refused page: their list replaces the list as it is now
        theirs.set(0, new String[] {"itemsVersion", version(refused.body())});
        assertThat(post(second, page + "/save", theirs).statusCode()).isEqualTo(302);
        assertThat(items.findByPlan(planId)).extracting(PlanItem::task).containsExactly("Kiểm tra công tác CCHC");
    }

    private static String version(String draftPage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"itemsVersion\" value=\"([0-9a-f]+)\"")
                .matcher(draftPage);
        assertThat(m.find()).as("the draft page carries the version of the list it shows").isTrue();
        return m.group(1);
    }

    // --- a browser's post of the table: each column's field repeated once per row ------------------------------

    private static String[] row(String stt, String task, String lead, String coordinators, String product,
                                String due) {
        return new String[] {stt, task, lead, coordinators, product, due};
    }

    private static List<String[]> table(String[]... rows) {
        List<String[]> fields = new ArrayList<>();
        String[] names = {"stt", "task", "lead", "coordinators", "product", "due"};
        for (String[] row : rows) {
            fields.add(new String[] {"section", ""});
            for (int i = 0; i < names.length; i++) {
                fields.add(new String[] {names[i], row[i]});
            }
        }
        return fields;
    }

    private HttpResponse<String> post(PageSession session, String path, List<String[]> fields) {
        String body = fields.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return session.post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body),
                page);
    }
}
