package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.Date;
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
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.shared.DueDates;

/** Every path of {@code planLifecycle}, on the real engine and PostgreSQL, with the engine clock moved by hand. */
@CchcIntegrationTest
class PlanLifecycleProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Plans plans;
    @Autowired
    PlanItems items;
    @Autowired
    Assignments assignments;
    @Autowired
    PlanComments comments;

    private static int counter;
    private String planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(2023, 12, 1));
        planId = "KH-TEST-" + System.nanoTime() + "-" + (++counter);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Date at(int year, int month, int day) {
        return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(DueDates.ZONE).toInstant());
    }

    @Test
    void aDueDateBeforeTheDecisionIsHeldBackForSnvInsteadOfDeployedOverdue() {
        ClockUtil.setCurrentTime(at(2024, 4, 2));
        PlanDriver plan = new PlanDriver(engine, planId);
        // signed on 02/04/2024: item 1 ("Quý I/2024", 31/03) can no longer be met, item 2 (30/06) can
        plan.toIssued(System.nanoTime() % 1_000_000 + "/QĐ-UBND", "2024-04-02");

        Assignments.Assignment early = assignments.ofPlan(planId).stream().filter(a -> a.itemNo() == 1)
                .findFirst().orElseThrow();
        assertThat(early.dueDate()).as("31/03/2024 is before the decision of 02/04/2024").isNull();
        assertThat(early.status()).isEqualTo(AssignmentStatus.NO_DUE_DATE);
        Task heldBack = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(early.id())
                .singleResult();
        assertThat(heldBack.getDueDate()).isNull();
        assertThat(assignments.ofPlan(planId)).filteredOn(a -> a.itemNo() == 2)
                .allMatch(a -> a.dueDate() != null && a.status() == AssignmentStatus.NOT_DUE);
    }

    @Test
    void issuedPlanDeploysOneTaskPerItemAndLeadAgency() {
        PlanDriver plan = new PlanDriver(engine, planId);
        assertThat(plan.instance).isWaitingAt("draftPlan");
        assertThat(task()).hasCandidateGroup("snv-specialist");

        plan.toIssued("2890/QĐ-UBND");

        Plan issued = plans.get(planId);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.decisionNumber()).isEqualTo("2890/QĐ-UBND");
        assertThat(issued.submissionNumber()).isEqualTo("778/TTr-SNV");
        assertThat(plan.instance).isWaitingAt("yearEndReached");

        List<String> keys = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .variableValueEquals(PlanVariables.PLAN_ID, planId).list().stream()
                .map(ProcessInstance::getBusinessKey).sorted().toList();
        assertThat(keys).containsExactly("2890/QĐ-UBND:1:so-noi-vu", "2890/QĐ-UBND:2:so-tu-phap",
                "2890/QĐ-UBND:2:van-phong-ubnd");
        Task justice = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("2890/QĐ-UBND:2:so-tu-phap")
                .singleResult();
        assertThat(justice).hasCandidateGroup("so-tu-phap");
        // 30/06/2024 is a Sunday: the deadline moves to Monday 01/07/2024, end of day in Vietnam
        assertThat(justice.getDueDate()).isEqualTo(DueDates.endOfDay(java.time.LocalDate.of(2024, 7, 1)));
        assertThat(assignments.ofPlan(planId)).hasSize(3)
                .allMatch(a -> a.status() == AssignmentStatus.NOT_DUE);
    }

    @Test
    void directorReturnSendsTheDraftBackWithTheReason() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        plan.complete("reviewDraft", "giamdoc.snv", List.of("snv-director"),
                PlanDriver.decision(false, "Bổ sung nhiệm vụ về chuyển đổi số"));

        assertThat(plan.instance).isWaitingAt("draftPlan")
                .variables().containsEntry(PlanVariables.COMMENT, "Bổ sung nhiệm vụ về chuyển đổi số")
                .containsEntry(PlanVariables.RETURNED_BY, "Xem xét dự thảo kế hoạch");
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.DRAFT);

        plan.draftWithoutComments();
        assertThat(plan.instance).isWaitingAt("reviewDraft");
        assertThat(plan.instance).variables().doesNotContainKey(PlanVariables.RETURNED_BY);
    }

    @Test
    void returnWithoutReasonIsRefusedAndNothingMoves() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        Task review = task("reviewDraft", plan.instance);
        assertThatThrownBy(() -> plan.complete(review, "giamdoc.snv", List.of("snv-director"),
                PlanDriver.decision(false, " ")))
                .hasMessageContaining("phải ghi rõ lý do");
        assertThat(plan.instance).isWaitingAt("reviewDraft");
    }

    @Test
    void leaderRejectionReturnsToDraftingAndReworkLeadsToIssuance() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        plan.directorApproves();
        plan.submit(false);
        plan.appraisal(true, "Thống nhất");
        plan.leader(false, "Cần lượng hóa chỉ tiêu");

        assertThat(plan.instance).isWaitingAt("draftPlan").variables()
                .containsEntry(PlanVariables.COMMENT, "Cần lượng hóa chỉ tiêu");
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.DRAFT);

        plan.toIssued("15/QĐ-UBND");
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.ISSUED);
    }

    @Test
    void appraisalReturnAndLegalAppraisalPath() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        plan.directorApproves();
        plan.submit(false);
        plan.appraisal(false, "Thiếu căn cứ pháp lý");
        assertThat(plan.instance).isWaitingAt("draftPlan");

        plan.draftWithoutComments();
        plan.directorApproves();
        plan.submit(true);
        plan.appraisal(true, null);
        assertThat(plan.instance).isWaitingAt("legalAppraisal");
        assertThat(task()).hasCandidateGroup("so-tu-phap");
        plan.complete("legalAppraisal", "thamdinh.stp", List.of("appraiser", "so-tu-phap"),
                PlanDriver.decision(true, null));
        assertThat(plan.instance).isWaitingAt("approvePlan");
        assertThat(task()).hasCandidateGroup("ubnd-leader");
    }

    @Test
    void commentDeadlineClosesCommentingAndRecordsWhoDidNotAnswer() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist"),
                plan.draft("Sở Tư pháp; Sở Tài chính", "2023-12-08"));
        plan.directorApproves();
        assertThat(plan.instance).isWaitingAt("collectComments");
        List<Task> asked = engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
                .taskDefinitionKey("collectComments").list();
        assertThat(asked).hasSize(2);
        Task justice = engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
                .taskCandidateGroup("so-tu-phap").singleResult();
        plan.complete(justice, "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(PlanVariables.AGENCY_COMMENT, "Thống nhất với dự thảo"));

        ClockUtil.setCurrentTime(at(2023, 12, 8));
        plan.runJobs();
        assertThat(plan.instance).isWaitingAt("collectComments");

        ClockUtil.setCurrentTime(at(2023, 12, 9));
        plan.runJobs();
        assertThat(plan.instance).isWaitingAt("submitProposal").variables()
                .containsEntry(PlanVariables.MISSING_COMMENTS, "so-tai-chinh");
        assertThat(comments.of(planId)).singleElement()
                .satisfies(c -> assertThat(c.content()).isEqualTo("Thống nhất với dự thảo"));

        plan.submit(false);
        String shown = (String) engine.getRuntimeService().getVariable(plan.instance.getId(),
                PlanVariables.COMMENTS_SUMMARY);
        assertThat(shown).contains("Sở Tư pháp:** Thống nhất với dự thảo")
                .contains("Chưa góp ý khi hết hạn:* Sở Tài chính");
        assertThat((String) engine.getRuntimeService().getVariable(plan.instance.getId(),
                PlanVariables.ITEMS_SUMMARY))
                .contains("1. Ban hành Kế hoạch kiểm tra công tác CCHC năm 2024")
                .contains("*Chủ trì:* Sở Tư pháp; Văn phòng UBND tỉnh");
    }

    @Test
    void allCommentsInTimeGoStraightToSubmission() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist"),
                plan.draft("Sở Tư pháp", "2023-12-08"));
        plan.directorApproves();
        plan.complete("collectComments", "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(PlanVariables.AGENCY_COMMENT, "Đề nghị bổ sung chỉ tiêu"));
        assertThat(plan.instance).isWaitingAt("submitProposal");
        assertThat(plan.instance).variables().doesNotContainKey(PlanVariables.MISSING_COMMENTS);
    }

    @Test
    void draftWithUnknownAgencyIsRefusedNamingTheItemAndStoresNothing() {
        PlanDriver plan = new PlanDriver(engine, planId);
        Map<String, Object> vars = plan.draft("", null);
        vars.put(PlanVariables.ITEMS_JSON, PlanDriver.json(List.of(
                Map.of("task", "Nhiệm vụ hợp lệ", "lead", "Sở Nội vụ", "due", "Quý I/2024"),
                Map.of("task", "Nhiệm vụ lỗi", "lead", "Sở Không Tồn Tại", "due", "Quý II/2024"))));
        Task draft = task("draftPlan", plan.instance);
        assertThatThrownBy(() -> plan.complete(draft, "chuyenvien.snv", List.of("snv-specialist"), vars))
                .hasMessageContaining("Nhiệm vụ thứ 2")
                .hasMessageContaining("Sở Không Tồn Tại");
        assertThat(plan.instance).isWaitingAt("draftPlan");
        assertThat(items.findByPlan(planId)).isEmpty();
    }

    @Test
    void aDecisionNumberAlreadyUsedByAnotherPlanIsRefused() {
        new PlanDriver(engine, planId).toIssued("3001/QĐ-UBND");
        PlanDriver second = new PlanDriver(engine, planId + "-B");
        second.draftWithoutComments();
        second.directorApproves();
        second.submit(false);
        second.appraisal(true, null);
        second.leader(true, null);
        assertThatThrownBy(() -> second.issue("3001/QĐ-UBND"))
                .hasMessageContaining("Số Quyết định 3001/QĐ-UBND đã được dùng cho kế hoạch " + planId);
        assertThat(second.instance).isWaitingAt("issuePlan");
    }

    /**
     * Slips in the forms of the plan's own record (the columns of cchc_plan are narrow; a date of another century
     * would hold every due date back): each refused naming its field, all in one answer, nothing recorded.
     */
    @Test
    void slipsInTheSubmissionAndDecisionFormsAreRefusedNamingEachFieldAndNothingIsRecorded() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.draftWithoutComments();
        plan.directorApproves();
        assertThatThrownBy(() -> plan.complete("submitProposal", "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(PlanVariables.SUBMISSION_NUMBER, "7".repeat(101), PlanVariables.SUBMISSION_DATE, "2099-12-10",
                        PlanVariables.NEEDS_LEGAL_APPRAISAL, false)))
                .hasMessageContaining("Số Tờ trình: dài 101 ký tự, vượt giới hạn 100 ký tự")
                .hasMessageContaining("Ngày Tờ trình 10/12/2099 nằm ngoài thời gian của kế hoạch năm 2024");
        assertThat(plan.instance).isWaitingAt("submitProposal");
        assertThat(plans.get(planId).submissionNumber()).isNull();

        plan.submit(false);
        plan.appraisal(true, null);
        plan.leader(true, null);
        assertThatThrownBy(() -> plan.complete("issuePlan", "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(PlanVariables.DECISION_NUMBER, "2890/QĐ-UBND " + "x".repeat(100),
                        PlanVariables.DECISION_DATE, "1900-01-01", PlanVariables.SIGNER, "Chủ tịch ".repeat(30))))
                .hasMessageContaining("Số Quyết định: dài 113 ký tự, vượt giới hạn 100 ký tự")
                .hasMessageContaining("Ngày ban hành 01/01/1900 nằm ngoài thời gian của kế hoạch năm 2024")
                .hasMessageContaining("Người ký: dài 269 ký tự, vượt giới hạn 200 ký tự");
        assertThat(plan.instance).isWaitingAt("issuePlan");
        assertThat(plans.get(planId).decisionNumber()).isNull();
        assertThat(items.findByPlan(planId)).isNotEmpty();
        assertThat(assignments.ofPlan(planId)).as("nothing deployed").isEmpty();
    }

    /**
     * The Tasklist's start dialog lets an official type the plan's id (the business key) and its year: an id that
     * cannot be part of the plan's addresses, or a year the calendar does not have, is refused; no plan is made.
     */
    @Test
    void aPlanIdThatCannotBeAnAddressOrAYearOutOfTheCalendarIsRefusedAtTheStart() {
        for (String id : List.of("KH/../2024", "KH 2024", "<b>KH</b>", "KH-" + "9".repeat(100))) {
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY,
                    id, Map.of(PlanVariables.PLAN_YEAR, 2024)))
                    .as(id).hasMessageContaining("không dùng được: mã là một phần địa chỉ các trang của kế hoạch");
            assertThat(plans.find(id)).isEmpty();
        }
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY,
                planId, Map.of(PlanVariables.PLAN_YEAR, 20245, PlanVariables.PLAN_TITLE, "x".repeat(1001))))
                .hasMessageContaining("\"Năm kế hoạch\" 20245 không phải năm hợp lệ.")
                .hasMessageContaining("Tên kế hoạch: dài 1001 ký tự, vượt giới hạn 1000 ký tự");
        assertThat(plans.find(planId)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(planId).count())
                .isZero();
    }

    @Test
    void yearEndReviewClosesThePlan() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.toIssued("99/QĐ-UBND");
        assertThat(plan.instance).isWaitingAt("yearEndReached");

        ClockUtil.setCurrentTime(at(2024, 12, 16));
        plan.runJobs();
        plan.complete("yearEndReview", "chuyenvien.snv", List.of("snv-specialist"),
                Map.of("yearEndSummary", "Hoàn thành 95% nhiệm vụ"));
        assertThat(plan.instance).isEnded();
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.CLOSED);
    }
}
