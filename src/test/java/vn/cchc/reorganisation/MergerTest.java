package vn.cchc.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.plan.PlanVariables;
import vn.cchc.followup.TaskFixture;
import vn.cchc.reporting.CompletionStatistics;
import vn.cchc.reporting.YearEndSummary;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * Two departments with open tasks, a reminder falling due and a pending report merge into a third, mid-year, on
 * PostgreSQL: the successor's official sees and completes the tasks, the reminder goes to the successor once, the
 * history names every move, and the year-end statistics keep the old department's name for its finished work.
 * (Agencies no other test uses, because the merger moves every open piece of work of the shared database.)
 */
@CchcIntegrationTest
class MergerTest {

    private static final String A = "so-dan-toc-ton-giao";
    private static final String B = "so-nong-nghiep-moi-truong";
    private static final String C = "so-van-hoa-the-thao-du-lich";
    private static final String MAILBOX_A = "sodttg@vinhlong.gov.vn";
    private static final String MAILBOX_C = "sovhttdl@vinhlong.gov.vn";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Reorganisations reorganisations;
    @Autowired
    CompletionStatistics statistics;
    @LocalServerPort
    int port;

    private TaskFixture plan;

    @BeforeEach
    void issue() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(TaskFixture.at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024 (hợp nhất)");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void mergerMovesOpenWorkToTheSuccessorAndKeepsFinishedWorkUnderTheOldName() {
        ProcessInstance taskA = plan.start(1, A, "Sở Dân tộc và Tôn giáo", "Rà soát thủ tục hành chính", "Quý I/2024",
                LocalDate.of(2024, 4, 1));
        plan.runDueJobs(taskA);
        ProcessInstance taskB = plan.start(2, B, "Sở Nông nghiệp và Môi trường", "Số hóa hồ sơ", "Quý II/2024",
                LocalDate.of(2024, 6, 28));
        plan.runDueJobs(taskB);
        finishedAssignment(3, A);
        String reportB = "RP:" + plan.planId + ":Q1:" + B;
        jdbc.update("INSERT INTO cchc_report (id, plan_id, period, period_year, agency_id, due_date, status) "
                + "VALUES (?, ?, 'Q1', 2024, ?, ?, 'OPEN')", reportB, plan.planId, B, LocalDate.of(2024, 3, 20));
        // 18/03/2024 09:00: the 10-working-day reminder of A's task (08:00) is due, not yet sent
        ClockUtil.setCurrentTime(TaskFixture.at(2024, 3, 18, 9, 0));
        assertThat(plan.nextTimer(taskA)).isEqualTo(TaskFixture.at(2024, 3, 18, 8, 0));

        ReorganisationRequest merger = new ReorganisationRequest(ReorganisationKind.MERGE, List.of(A, B), C,
                LocalDate.of(2024, 3, 18), "Quyết định số 99/QĐ-UBND hợp nhất (thử nghiệm)");
        ReorganisationPreview preview = reorganisations.preview(merger);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.moves()).filteredOn(m -> m.kind() == Move.MoveKind.PROCESS).extracting(Move::ref)
                .contains(taskA.getId(), taskB.getId());
        assertThat(preview.moves()).filteredOn(m -> m.kind() == Move.MoveKind.TASK).hasSizeGreaterThanOrEqualTo(2);
        assertThat(preview.moves()).filteredOn(m -> m.kind() == Move.MoveKind.ASSIGNMENT).extracting(Move::ref)
                .contains(taskA.getBusinessKey(), taskB.getBusinessKey())
                .doesNotContain(plan.decision + ":3:" + A);
        // the report of this test; other tests' reports of the same agency in the shared database move with it
        assertThat(preview.moves()).filteredOn(m -> m.kind() == Move.MoveKind.REPORT).extracting(Move::ref)
                .contains(reportB).allMatch(ref -> ref.endsWith(":" + A) || ref.endsWith(":" + B));
        assertThat(preview.moves()).allSatisfy(m -> assertThat(m.toAgency()).isEqualTo(C));
        // nothing moved by the preview
        assertThat(engine.getRuntimeService().getVariable(taskA.getId(), "agencyId")).isEqualTo(A);

        long id = reorganisations.apply(merger, "chuyenvien.snv");

        // the reminder that was due goes to the successor, once
        plan.runDueJobs(taskA);
        plan.runDueJobs(taskA);
        List<Notification> reminders = notifications.withKeyPrefix("planTask:" + taskA.getBusinessKey()
                + ":REMINDER:-10:");
        assertThat(reminders).isNotEmpty().allSatisfy(n -> assertThat(n.agencyId()).isEqualTo(C))
                .extracting(Notification::recipient).contains(MAILBOX_C).doesNotContain(MAILBOX_A)
                .doesNotHaveDuplicates();

        // the successor's official sees both tasks and completes A's; the old department's official sees neither
        List<Task> seen = engine.getTaskService().createTaskQuery().taskCandidateUser("cv." + C)
                .processInstanceIdIn(taskA.getId(), taskB.getId()).list();
        assertThat(seen).hasSize(2);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("cv." + A)
                .processInstanceIdIn(taskA.getId(), taskB.getId()).count()).isZero();
        Task executeA = seen.stream().filter(t -> t.getProcessInstanceId().equals(taskA.getId())).findFirst()
                .orElseThrow();
        engine.getIdentityService().setAuthentication("cv." + C, List.of(C, "agency-official"));
        try {
            engine.getTaskService().complete(executeA.getId(),
                    Map.of(PlanVariables.PRODUCT_REFERENCE, "Báo cáo số 5/BC ngày 20/3/2024"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        BpmnAwareTests.assertThat(taskA).isWaitingAt("acceptResult");

        // history: who, when, why, from, to
        Reorganisations.Done done = reorganisations.find(id).orElseThrow();
        assertThat(done.createdBy()).isEqualTo("chuyenvien.snv");
        assertThat(done.reason()).contains("99/QĐ-UBND");
        assertThat(reorganisations.moves(id)).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Move.MoveKind.TASK);
            assertThat(m.fromName()).isEqualTo("Sở Dân tộc và Tôn giáo");
            assertThat(m.toName()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        });
        assertThat(jdbc.queryForList("SELECT old_value, new_value, changed_by FROM cchc_plan_amendment "
                + "WHERE plan_id = ? AND item_no = 1 AND change_kind = 'REORGANISATION'", plan.planId))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("old_value")).isEqualTo("Sở Dân tộc và Tôn giáo");
                    assertThat(row.get("new_value")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
                    assertThat(row.get("changed_by")).isEqualTo("chuyenvien.snv");
                });
        assertThat(jdbc.queryForObject("SELECT agency_id FROM cchc_report WHERE id = ?", String.class, reportB))
                .isEqualTo(C);

        // year-end statistics: A's finished item stays A's, the moved ones count for C
        YearEndSummary year = statistics.of(plan.planId, LocalDate.of(2024, 12, 31));
        assertThat(year.agencies()).anySatisfy(row -> {
            assertThat(row.agencyId()).isEqualTo(A);
            assertThat(row.name()).isEqualTo("Sở Dân tộc và Tôn giáo");
        });
        assertThat(year.agencies()).extracting(YearEndSummary.AgencyRow::agencyId).contains(C).doesNotContain(B);
    }

    @Test
    void refusedWithoutReasonOrForAFutureDateAndTheApiNeedsAUser() {
        ReorganisationPreview future = reorganisations.preview(new ReorganisationRequest(ReorganisationKind.MERGE,
                List.of(A, B), C, LocalDate.of(2030, 1, 1), ""));
        assertThat(future.problems()).anyMatch(p -> p.contains("01/01/2030") && p.contains("chưa đến"))
                .anyMatch(p -> p.contains("lý do"));
        assertThat(reorganisations.preview(new ReorganisationRequest(ReorganisationKind.RENAME, List.of(A, B), C,
                LocalDate.of(2024, 1, 2), "x")).problems()).anyMatch(p -> p.contains("Đổi tên"));
        // the reason's column keeps 2,000 characters (counted after trimming): a longer one was a database error (500)
        assertThat(reorganisations.preview(new ReorganisationRequest(ReorganisationKind.MERGE, List.of(A, B), C,
                LocalDate.of(2024, 1, 2), "Quyết định số 1/QĐ-UBND. ".repeat(100))).problems())
                .containsExactly("Căn cứ, lý do sắp xếp (trường \"reason\") dài 2499 ký tự, vượt giới hạn 2000 ký tự; "
                        + "hãy tóm tắt, văn bản dài hãy đính kèm.");
        assertThat(RestClient.anonymous(port).post("/api/agencies/reorganisations/preview",
                "{\"kind\":\"MERGE\",\"from\":[\"" + A + "\"],\"to\":\"" + C + "\"}").status()).isEqualTo(401);
    }

    private void finishedAssignment(int itemNo, String agency) {
        jdbc.update("INSERT INTO cchc_plan_item (plan_id, item_no, task, lead_agencies, product, deadline_text, "
                        + "deadline_kind, due_date) VALUES (?, ?, 'Tuyên truyền CCHC', ?, 'Báo cáo', 'Quý I/2024', "
                        + "'FIXED', ?)", plan.planId, itemNo, agency, LocalDate.of(2024, 3, 29));
        jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, completed_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'DONE_ON_TIME', ?)", plan.decision + ":" + itemNo + ":" + agency,
                plan.planId, itemNo, agency, LocalDate.of(2024, 3, 29), LocalDateTime.of(2024, 3, 1, 10, 0));
    }
}
