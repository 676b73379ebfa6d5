package vn.cchc.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.followup.TaskFixture;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;

/**
 * Split (one ward's open work divided between two successors, SNV choosing per assignment) and dissolution (a ward's
 * open work back to SNV) on PostgreSQL, mid-year: tasks move with their candidate groups and grants, the old group
 * sees nothing, each successor sees its share and gets the next reminder, nothing stays with the dissolved agency.
 * (Wards no other test uses: a reorganisation moves every open piece of work of the shared database.)
 */
@CchcIntegrationTest
class SplitAndDissolveTest {

    private static final String A = "ubnd-phuong-long-chau";
    private static final String B = "ubnd-phuong-phuoc-hau";
    private static final String C = "ubnd-phuong-tan-hanh";
    private static final String D = "ubnd-phuong-tan-ngai";
    private static final String E = "ubnd-phuong-long-duc";
    private static final String SNV = "so-noi-vu";
    private static final String MAILBOX_A = "phuonglongchau@vinhlong.gov.vn";
    private static final String MAILBOX_B = "phuongphuochau@vinhlong.gov.vn";
    private static final String MAILBOX_C = "phuongtanhanh@vinhlong.gov.vn";
    private static final String MAILBOX_D = "phuongtanngai@vinhlong.gov.vn";
    private static final String MAILBOX_SNV = "sonoivu@vinhlong.gov.vn";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Reorganisations reorganisations;
    @LocalServerPort
    int port;

    private TaskFixture plan;

    @BeforeEach
    void issue() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(TaskFixture.at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024 (chia tách, giải thể)");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void splitSendsEachAssignmentToTheSuccessorSnvChoseAndTheFollowUpGoesOnThere() {
        ProcessInstance first = plan.start(1, A, "UBND phường Long Châu", "Rà soát thủ tục hành chính",
                "Quý I/2024", LocalDate.of(2024, 4, 1));
        plan.runDueJobs(first);
        ProcessInstance second = plan.start(2, A, "UBND phường Long Châu", "Số hóa hồ sơ", "Quý II/2024",
                LocalDate.of(2024, 6, 28));
        plan.runDueJobs(second);
        String report = "RP:" + plan.planId + ":Q1:" + A;
        jdbc.update("INSERT INTO cchc_report (id, plan_id, period, period_year, agency_id, due_date, status) "
                + "VALUES (?, ?, 'Q1', 2024, ?, ?, 'OPEN')", report, plan.planId, A, LocalDate.of(2024, 3, 20));
        // 18/03/2024 09:00: the first task's 10-working-day reminder (08:00) is due, not yet sent
        ClockUtil.setCurrentTime(TaskFixture.at(2024, 3, 18, 9, 0));
        LocalDate effective = LocalDate.of(2024, 3, 18);
        String reason = "Nghị quyết số 7/NQ-HĐND chia tách phường (thử nghiệm)";

        // without SNV's choices: the open assignments are listed, each one asked for, nothing can be applied
        ReorganisationPreview unchosen = reorganisations.preview(new ReorganisationRequest(ReorganisationKind.SPLIT,
                List.of(A), B, effective, reason));
        assertThat(unchosen.canApply()).isFalse();
        assertThat(unchosen.moves()).filteredOn(m -> m.kind() == Move.MoveKind.ASSIGNMENT).extracting(Move::ref)
                .containsExactlyInAnyOrder(first.getBusinessKey(), second.getBusinessKey());
        assertThat(unchosen.problems()).hasSize(2).allMatch(p -> p.contains("choices") && p.contains("Chia tách"));
        // the page shows a choice per assignment
        HttpResponse<String> page = PageSession.as(port, "chuyenvien.snv").postForm(
                "/agencies/reorganisations/preview", Map.of("kind", "SPLIT", "from", A, "to", B,
                        "effective", effective.toString(), "reason", reason), "/agencies/reorganisations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"choiceRef\"", first.getBusinessKey(), second.getBusinessKey())
                .contains("chưa chọn cơ quan kế thừa").doesNotContain("Xác nhận sắp xếp</button>");

        ReorganisationRequest split = new ReorganisationRequest(ReorganisationKind.SPLIT, List.of(A), B, effective,
                reason, Map.of(first.getBusinessKey(), B, second.getBusinessKey(), C));
        ReorganisationPreview preview = reorganisations.preview(split);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.moves()).filteredOn(m -> m.ref().equals(first.getId())).singleElement()
                .extracting(Move::toAgency).isEqualTo(B);
        assertThat(preview.moves()).filteredOn(m -> m.ref().equals(second.getId())).singleElement()
                .extracting(Move::toAgency).isEqualTo(C);
        assertThat(preview.moves()).filteredOn(m -> m.ref().equals(report)).singleElement()
                .extracting(Move::toAgency).isEqualTo(B);

        long id = reorganisations.apply(split, "chuyenvien.snv");

        // tasks with their candidate groups and grants: B has the first, C the second, A nothing
        assertThat(candidates(first, B)).hasSize(1);
        assertThat(candidates(second, C)).hasSize(1);
        assertThat(candidates(first, C)).isEmpty();
        assertThat(candidates(second, B)).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("cv." + A)
                .processInstanceIdIn(first.getId(), second.getId()).count()).isZero();
        assertThat(seenBy(A, first, second)).isZero();
        assertThat(seenBy(B, first, second)).isEqualTo(1);
        assertThat(seenBy(C, first, second)).isEqualTo(1);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(A)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(first.getId()).count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(C)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(second.getId()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(second.getId(), "agencyName")).isEqualTo("UBND phường Tân Hạnh");

        // the reminder that was due goes to B, once; the second task's next reminder goes to C
        plan.runDueJobs(first);
        plan.runDueJobs(first);
        assertThat(notifications.withKeyPrefix("planTask:" + first.getBusinessKey() + ":REMINDER:"))
                .isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo(B))
                .extracting(Notification::recipient).contains(MAILBOX_B).doesNotContain(MAILBOX_A)
                .doesNotHaveDuplicates();
        plan.fireNextTimer(second);
        plan.runDueJobs(second);
        assertThat(notifications.withKeyPrefix("planTask:" + second.getBusinessKey() + ":REMINDER:"))
                .isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo(C))
                .extracting(Notification::recipient).contains(MAILBOX_C).doesNotContain(MAILBOX_A, MAILBOX_B);

        // C's official completes the second task
        Task execute = candidates(second, C).get(0);
        engine.getIdentityService().setAuthentication("cv." + C, List.of(C, "agency-official"));
        try {
            engine.getTaskService().complete(execute.getId(),
                    Map.of(PlanVariables.PRODUCT_REFERENCE, "Báo cáo số 9/BC"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        BpmnAwareTests.assertThat(second).isWaitingAt("acceptResult");

        // history and amendments per assignment; the report to the main successor
        assertThat(reorganisations.find(id).orElseThrow().kind()).isEqualTo(ReorganisationKind.SPLIT);
        assertThat(reorganisations.moves(id)).filteredOn(m -> m.kind() == Move.MoveKind.ASSIGNMENT)
                .extracting(Move::ref, Move::toAgency)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.getBusinessKey(), B),
                        org.assertj.core.groups.Tuple.tuple(second.getBusinessKey(), C));
        assertThat(jdbc.queryForList("SELECT item_no, new_value FROM cchc_plan_amendment WHERE plan_id = ? "
                + "AND change_kind = 'REORGANISATION' ORDER BY item_no", plan.planId))
                .extracting(row -> row.get("new_value"))
                .containsExactly("UBND phường Phước Hậu", "UBND phường Tân Hạnh");
        assertThat(jdbc.queryForObject("SELECT agency_id FROM cchc_report WHERE id = ?", String.class, report))
                .isEqualTo(B);
    }

    @Test
    void dissolutionWithoutSuccessorGivesEveryOpenPieceBackToSnv() {
        ProcessInstance task = plan.start(1, D, "UBND phường Tân Ngãi", "Rà soát thủ tục hành chính", "Quý I/2024",
                LocalDate.of(2024, 4, 1));
        plan.runDueJobs(task);
        jdbc.update("INSERT INTO cchc_report (id, plan_id, period, period_year, agency_id, due_date, status) "
                + "VALUES (?, ?, 'Q1', 2024, ?, ?, 'OPEN')", "RP:" + plan.planId + ":Q1:" + D, plan.planId, D,
                LocalDate.of(2024, 3, 20));
        String inspection = "KT-2024:" + D + ":" + plan.planId;
        jdbc.update("INSERT INTO cchc_inspection (id, plan_year, agency_id, visit_month, status) "
                + "VALUES (?, 2024, ?, 9, 'PLANNED')", inspection, D);
        jdbc.update("INSERT INTO cchc_finding (id, inspection_id, finding_no, plan_year, agency_id, content, due_date, "
                        + "status, created_at) VALUES (?, ?, 1, 2023, ?, 'Chưa niêm yết thủ tục', ?, 'OPEN', ?)",
                inspection + ":1", inspection, D, LocalDate.of(2024, 5, 1), java.time.LocalDateTime.of(2024, 1, 2, 9, 0));
        ClockUtil.setCurrentTime(TaskFixture.at(2024, 3, 18, 9, 0));

        RestClient.Response made = RestClient.as(port, "chuyenvien.snv").post("/api/agencies/reorganisations",
                Map.of("kind", "DISSOLVE", "from", List.of(D), "effective", "2024-03-18",
                        "reason", "Quyết định số 12/QĐ-UBND giải thể (thử nghiệm)"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("moves")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.get("toAgency").asText()).isEqualTo(SNV));

        // nothing stays with the dissolved ward
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment WHERE agency_id = ? "
                + "AND status NOT IN ('DONE_ON_TIME', 'DONE_LATE')", Long.class, D)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_report WHERE agency_id = ? AND status <> 'ACCEPTED'",
                Long.class, D)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_inspection WHERE agency_id = ? "
                + "AND status NOT IN ('CONCLUDED', 'CLOSED')", Long.class, D)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_finding WHERE agency_id = ? AND status <> 'CLOSED'",
                Long.class, D)).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(D).count()).isZero();
        // the moved task's history (its comments) goes with it: readable by SNV now, no longer by D
        String movedTask = engine.getTaskService().createTaskQuery().processInstanceId(task.getId()).singleResult()
                .getId();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(D)
                .resourceType(Resources.HISTORIC_TASK).resourceId(movedTask).count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(SNV)
                .resourceType(Resources.HISTORIC_TASK).resourceId(movedTask).count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("agencyId", D)
                .count()).isZero();
        // SNV has the task to reassign, and the reminder due goes to SNV's mailbox
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("chuyenvien.snv")
                .processInstanceId(task.getId()).count()).isEqualTo(1);
        plan.runDueJobs(task);
        assertThat(notifications.withKeyPrefix("planTask:" + task.getBusinessKey() + ":REMINDER:"))
                .isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo(SNV))
                .extracting(Notification::recipient).contains(MAILBOX_SNV).doesNotContain(MAILBOX_D);
        long id = made.json().get("id").asLong();
        assertThat(reorganisations.find(id).orElseThrow().to()).isEqualTo(SNV);
        assertThat(reorganisations.moves(id)).extracting(Move::kind).contains(Move.MoveKind.INSPECTION,
                Move.MoveKind.FINDING, Move.MoveKind.REPORT, Move.MoveKind.TASK, Move.MoveKind.ASSIGNMENT);

        // SNV then gives the returned task to another ward (page: preview, choose, confirm); its own work stays
        long snvOwn = jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment WHERE agency_id = ?", Long.class, SNV);
        ReorganisationPreview unchosen = reorganisations.preview(new ReorganisationRequest(
                ReorganisationKind.REASSIGN, List.of(SNV), "", LocalDate.of(2024, 3, 18), "Giao lại (thử nghiệm)"));
        assertThat(unchosen.canApply()).isFalse();
        assertThat(unchosen.problems()).anyMatch(p -> p.contains("Giao lại") && p.contains("choices"));
        assertThat(unchosen.moves()).extracting(Move::kind).containsOnly(Move.MoveKind.ASSIGNMENT,
                Move.MoveKind.PROCESS, Move.MoveKind.TASK, Move.MoveKind.NOTIFICATION);
        assertThat(unchosen.moves()).filteredOn(m -> m.kind() == Move.MoveKind.ASSIGNMENT).extracting(Move::ref)
                .contains(task.getBusinessKey());
        String form = "kind=REASSIGN&from=" + SNV + "&to=" + SNV + "&effective=2024-03-18&reason="
                + java.net.URLEncoder.encode("Giao lại nhiệm vụ của phường đã giải thể (thử nghiệm)",
                java.nio.charset.StandardCharsets.UTF_8)
                + "&choiceRef=" + java.net.URLEncoder.encode(task.getBusinessKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "&choiceTo=" + E;
        HttpResponse<String> confirmed = PageSession.as(port, "chuyenvien.snv").post("/agencies/reorganisations",
                "application/x-www-form-urlencoded", java.net.http.HttpRequest.BodyPublishers.ofString(form),
                "/agencies/reorganisations");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isIn(302, 303);
        assertThat(jdbc.queryForObject("SELECT agency_id FROM cchc_assignment WHERE id = ?", String.class,
                task.getBusinessKey())).isEqualTo(E);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment WHERE agency_id = ?", Long.class, SNV))
                .isEqualTo(snvOwn - 1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("cv." + E)
                .processInstanceId(task.getId()).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(SNV)
                .processInstanceId(task.getId()).count()).isZero();
        assertThat(engine.getRuntimeService().getVariable(task.getId(), "agencyId")).isEqualTo(E);
        // the report, inspection and finding given back stay with SNV until SNV decides otherwise
        assertThat(jdbc.queryForObject("SELECT agency_id FROM cchc_inspection WHERE id = ?", String.class,
                inspection)).isEqualTo(SNV);
        long before = notifications.withKeyPrefix("planTask:" + task.getBusinessKey() + ":").stream()
                .mapToLong(Notification::id).max().orElse(0);
        plan.fireNextTimer(task);
        plan.runDueJobs(task);
        assertThat(notifications.withKeyPrefix("planTask:" + task.getBusinessKey() + ":"))
                .filteredOn(n -> n.id() > before)
                .isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo(E));
    }

    @Test
    void refusalsNameTheFieldInVietnameseAndOnlySnvMayReorganise() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        RestClient.Response twoSplit = snv.post("/api/agencies/reorganisations/preview", Map.of("kind", "SPLIT",
                "from", List.of(B, C), "to", A, "effective", "2024-01-02", "reason", "x"));
        assertThat(twoSplit.status()).isEqualTo(422);
        assertThat(twoSplit.body()).contains("Chia tách", "from");
        RestClient.Response badChoice = snv.post("/api/agencies/reorganisations/preview", Map.of("kind", "SPLIT",
                "from", List.of(B), "to", C, "effective", "2024-01-02", "reason", "x",
                "choices", Map.of("KH:1:" + B, "khong-co-co-quan-nay")));
        assertThat(badChoice.status()).isEqualTo(422);
        assertThat(badChoice.body()).contains("choices", "khong-co-co-quan-nay");
        RestClient.Response choicesOnMerge = snv.post("/api/agencies/reorganisations/preview", Map.of(
                "kind", "MERGE", "from", List.of(B, C), "to", A, "effective", "2024-01-02", "reason", "x",
                "choices", Map.of("KH:1:" + B, A)));
        assertThat(choicesOnMerge.status()).isEqualTo(422);
        assertThat(choicesOnMerge.body()).contains("chỉ dùng khi chia tách");
        RestClient.Response dissolveIntoItself = snv.post("/api/agencies/reorganisations/preview", Map.of(
                "kind", "DISSOLVE", "from", List.of(B), "to", B, "effective", "2024-01-02", "reason", "x"));
        assertThat(dissolveIntoItself.status()).isEqualTo(422);
        assertThat(dissolveIntoItself.body()).contains("Giải thể", "\\\"to\\\"");
        RestClient.Response unknownSuccessor = snv.post("/api/agencies/reorganisations/preview", Map.of(
                "kind", "MERGE", "from", List.of(B, C), "to", "phuong-khong-co", "effective", "2024-01-02",
                "reason", "x"));
        assertThat(unknownSuccessor.status()).isEqualTo(422);
        assertThat(unknownSuccessor.body()).contains("Cơ quan kế thừa (trường \\\"to\\\")", "phuong-khong-co");
        RestClient.Response reassignTwo = snv.post("/api/agencies/reorganisations/preview", Map.of(
                "kind", "REASSIGN", "from", List.of(B, C), "effective", "2024-01-02", "reason", "x"));
        assertThat(reassignTwo.status()).isEqualTo(422);
        assertThat(reassignTwo.body()).contains("Giao lại", "from");
        // an agency's official may not reorganise, nor may anyone anonymous
        assertThat(RestClient.as(port, "cv." + B).post("/api/agencies/reorganisations", Map.of("kind", "DISSOLVE",
                "from", List.of(B), "effective", "2024-01-02", "reason", "x")).status()).isEqualTo(403);
        assertThat(RestClient.anonymous(port).post("/api/agencies/reorganisations", Map.of("kind", "DISSOLVE",
                "from", List.of(B), "effective", "2024-01-02", "reason", "x")).status()).isEqualTo(401);
    }

    private List<Task> candidates(ProcessInstance pi, String agency) {
        return engine.getTaskService().createTaskQuery().taskCandidateUser("cv." + agency)
                .processInstanceId(pi.getId()).list();
    }

    /** Tasks of the instances the agency's official may see with the engine's authorization checks on. */
    private long seenBy(String agency, ProcessInstance... instances) {
        engine.getIdentityService().setAuthentication("cv." + agency, List.of(agency, "agency-official"));
        try {
            return engine.getTaskService().createTaskQuery().processInstanceIdIn(
                    java.util.Arrays.stream(instances).map(ProcessInstance::getId).toArray(String[]::new)).count();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
