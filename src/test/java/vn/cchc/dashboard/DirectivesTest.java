package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.notify.MailRenderer;
import vn.cchc.plan.Amendment;
import vn.cchc.plan.Amendments;
import vn.cchc.plan.Assignments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.support.AtOnce;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.IssuedPlans;

/**
 * A leader's directive from the dashboard, on a plan deployed to real planTask instances: the item's history, the
 * open task's variable (shown by its form), the outbox mail to the agency and its head, rendered from its template;
 * a repeat of the same form, bad input and an agency head change nothing.
 */
@CchcIntegrationTest
class DirectivesTest {

    private static final String ITEMS = """
            [{"section": "I. CẢI CÁCH THỂ CHẾ", "task": "Rà soát văn bản quy phạm pháp luật",
              "lead": ["Sở Tư pháp", "Sở Tài chính"], "product": "Báo cáo", "due": "Quý I/2024"},
             {"task": "Công khai ngân sách", "lead": "Sở Tư pháp", "product": "Báo cáo", "due": "Quý II/2024"}]""";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanAmendments amendments;
    @Autowired
    Amendments history;
    @Autowired
    Assignments assignments;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MailRenderer renderer;

    private MockMvc mvc;
    private String planId;
    private String decision;

    @BeforeEach
    void deployedPlan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2024, 1, 2, 9, 0).atZone(DueDates.ZONE).toInstant()));
        IssuedPlans.IssuedPlan issued = new IssuedPlans(engine, amendments, assignments, jdbc)
                .issue("KH-CD", "Kế hoạch CCHC năm 2024 (chỉ đạo)", ITEMS);
        planId = issued.id();
        decision = issued.decision();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDirectiveIsRecordedShownOnTheOpenTasksAndMailedOnce() throws Exception {
        String form = as(DashboardPagesTest.leader(), get("/dashboard/directives/new?plan=" + planId
                + "&agency=so-tu-phap")).getContentAsString();
        assertThat(form).contains("Gửi ý kiến chỉ đạo").contains("Sở Tư pháp")
                .contains("Nhiệm vụ số 1: Rà soát văn bản").contains("Nhiệm vụ số 2: Công khai ngân sách");
        String token = form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> fields = Map.of("plan", planId, "agency", "so-tu-phap", "token", token,
                "text", "Đề nghị Sở Tư pháp khẩn trương hoàn thành, báo cáo trước ngày 15/01/2024.");

        MockHttpServletResponse sent = as(DashboardPagesTest.leader(), post("/dashboard/directives"), fields);
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).contains("/dashboard?plan=" + planId).contains("directiveTasks=2");

        for (int item : List.of(1, 2)) {
            assertThat(history.ofItem(planId, item)).filteredOn(a -> a.kind() == Amendment.Kind.DIRECTIVE)
                    .singleElement().satisfies(a -> {
                        assertThat(a.agencyId()).isEqualTo("so-tu-phap");
                        assertThat(a.changedBy()).isEqualTo("chutich.ubnd");
                        assertThat(a.newValue()).startsWith("Đề nghị Sở Tư pháp khẩn trương");
                    });
            Object shown = engine.getRuntimeService().getVariable(pid(item + ":so-tu-phap"), Directives.VARIABLE);
            assertThat(shown).asString().contains("Ngày 02/01/2024").contains("Võ Quốc Bảo")
                    .contains("báo cáo trước ngày 15/01/2024");
        }
        assertThat(engine.getRuntimeService().getVariable(pid("1:so-tai-chinh"), Directives.VARIABLE)).isNull();

        List<Map<String, Object>> mails = jdbc.queryForList("SELECT recipient, template, data FROM cchc_notification "
                + "WHERE plan_id = ? AND template = 'directive'", planId);
        // the agency's mailbox and its head ld.so-tu-phap share the address: one e-mail
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.get("recipient"))
                .isEqualTo("sotuphap@vinhlong.gov.vn"));
        MailRenderer.RenderedMail mail = renderer.render("directive", (String) mails.get(0).get("data"));
        assertThat(mail.subject()).isEqualTo("[Chỉ đạo] Ý kiến chỉ đạo, đôn đốc thực hiện Kế hoạch CCHC — Sở Tư pháp");
        assertThat(mail.text()).contains("Võ Quốc Bảo (Chủ tịch UBND tỉnh) có ý kiến chỉ đạo, đôn đốc Sở Tư pháp")
                .contains("- Nhiệm vụ số 2: Công khai ngân sách");
        assertThat(mail.html()).contains("báo cáo trước ngày 15/01/2024");

        // the same form sent again (double click, reload) changes nothing
        assertThat(as(DashboardPagesTest.leader(), post("/dashboard/directives"), fields).getStatus()).isEqualTo(302);
        assertThat(history.ofItem(planId, 1)).filteredOn(a -> a.kind() == Amendment.Kind.DIRECTIVE).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification WHERE plan_id = ? AND template = "
                + "'directive'", Integer.class, planId)).isEqualTo(1);
    }

    @Test
    void aDirectiveOnOneOverdueItemReachesOnlyThatTask() throws Exception {
        MockHttpServletResponse sent = as(DashboardPagesTest.user("giamdoc.snv", "snv-director", "so-noi-vu"),
                post("/dashboard/directives"), Map.of("plan", planId, "agency", "so-tai-chinh", "item", "1",
                        "token", "token-one-item", "text", "Đôn đốc hoàn thành"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(engine.getRuntimeService().getVariable(pid("1:so-tai-chinh"), Directives.VARIABLE)).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(pid("1:so-tu-phap"), Directives.VARIABLE)).isNull();
        assertThat(history.ofItem(planId, 1)).filteredOn(a -> a.kind() == Amendment.Kind.DIRECTIVE).hasSize(1);
    }

    @Test
    void badInputAndAgencyHeadsChangeNothing() throws Exception {
        MockHttpServletResponse blank = as(DashboardPagesTest.leader(), post("/dashboard/directives"),
                Map.of("plan", planId, "agency", "so-tu-phap", "token", "token-blank", "text", "  "));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString()).contains("Nội dung ý kiến chỉ đạo: chưa nhập");
        MockHttpServletResponse noTask = as(DashboardPagesTest.leader(), post("/dashboard/directives"),
                Map.of("plan", planId, "agency", "so-noi-vu", "token", "token-none", "text", "Đôn đốc"));
        assertThat(noTask.getStatus()).isEqualTo(422);
        assertThat(noTask.getContentAsString()).contains("Sở Nội vụ không có nhiệm vụ nào đang thực hiện");
        MockHttpServletResponse head = as(DashboardPagesTest.user("ld.so-tu-phap", "agency-head", "so-tu-phap"),
                post("/dashboard/directives"),
                Map.of("plan", planId, "agency", "so-tu-phap", "token", "token-head", "text", "Tự chỉ đạo"));
        assertThat(head.getStatus()).isEqualTo(403);
        assertThat(history.ofPlan(planId)).noneMatch(a -> a.kind() == Amendment.Kind.DIRECTIVE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification WHERE plan_id = ? AND template = "
                + "'directive'", Integer.class, planId)).isZero();
    }

    private String pid(String itemAndAgency) {
        return assignments.find(decision + ":" + itemAndAgency).orElseThrow().processInstanceId();
    }

    @Test
    void theSameFormSentThreeTimesAtOnceIsOneDirective() throws Exception {
        Map<String, String> fields = Map.of("plan", planId, "agency", "so-tu-phap", "token", "token-three-clicks",
                "text", "Đề nghị Sở Tư pháp báo cáo tiến độ (bấm ba lần).");

        List<Integer> statuses = AtOnce.run(3,
                () -> as(DashboardPagesTest.leader(), post("/dashboard/directives"), fields).getStatus());

        assertThat(statuses).containsOnly(302);
        for (int item : List.of(1, 2)) {
            assertThat(history.ofItem(planId, item)).filteredOn(a -> a.kind() == Amendment.Kind.DIRECTIVE).hasSize(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification WHERE idempotency_key LIKE ?",
                Long.class, "directive:" + planId + ":so-tu-phap:token-three-clicks:%")).isPositive();
        String variable = (String) engine.getRuntimeService().getVariable(engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(decision + ":1:so-tu-phap").singleResult().getProcessInstanceId(),
                Directives.VARIABLE);
        assertThat(variable).containsOnlyOnce("bấm ba lần");
    }

    private MockHttpServletResponse as(Principal user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.principal(user)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private MockHttpServletResponse as(Principal user, MockHttpServletRequestBuilder request,
                                       Map<String, String> form) throws Exception {
        form.forEach(request::param);
        return as(user, request);
    }

    private void runJobs() {
        new IssuedPlans(engine, amendments, assignments, jdbc).runJobs(planId);
    }
}
