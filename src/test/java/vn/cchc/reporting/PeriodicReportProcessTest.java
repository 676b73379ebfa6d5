package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.shared.DueDates;
import vn.cchc.support.CchcIntegrationTest;

/** {@code periodicReport}: every path of an agency's Q1 report, on the real engine and PostgreSQL. */
@CchcIntegrationTest
class PeriodicReportProcessTest {

    private static final String JUSTICE = "so-tu-phap";
    private static final List<String> OFFICIAL = List.of(JUSTICE, "agency-official");
    private static final List<String> HEAD = List.of(JUSTICE, "agency-head");
    private static final List<String> SNV = List.of("snv-specialist", "so-noi-vu");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reports reports;

    private Engine engine;
    private SamplePlan plan;
    private ProcessInstance q1;

    @BeforeEach
    void planWithFiveJusticeItems() {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2024, 1, 5));
        plan = new SamplePlan(jdbc, 2024)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2024, 3, 10), JUSTICE)
                .item(2, "II. CẢI CÁCH THỂ CHẾ", "Kiểm tra văn bản", DeadlineKind.FIXED, LocalDate.of(2024, 2, 28), JUSTICE)
                .item(3, "II. CẢI CÁCH THỂ CHẾ", "Tuyên truyền, phổ biến giáo dục pháp luật", DeadlineKind.RECURRING,
                        null, JUSTICE)
                .item(4, "III. CẢI CÁCH TTHC", "Rà soát thủ tục hành chính", DeadlineKind.FIXED,
                        LocalDate.of(2024, 6, 30), JUSTICE, "van-phong-ubnd")
                .item(5, "II. CẢI CÁCH THỂ CHẾ", "Ban hành kế hoạch theo dõi thi hành pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2024, 1, 31), JUSTICE)
                .done(1, JUSTICE, LocalDate.of(2024, 3, 5), false)
                .done(5, JUSTICE, LocalDate.of(2024, 2, 10), true)
                // accepted after the Q1 cut-off (14/3): still in progress in the Q1 report
                .done(4, JUSTICE, LocalDate.of(2024, 3, 18), false);
        plan.startReportingCalendar(processEngine);
        q1 = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.Q1, JUSTICE));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void openQ1() {
        Engine.clock(LocalDate.of(2024, 3, 15));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(q1).isWaitingAt("prepareReport");
    }

    private Map<String, Object> draft(String progressForItem3) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ReportVariables.REPORT_SUMMARY, "Đã hoàn thành rà soát văn bản quý I.");
        vars.put(ReportVariables.PROGRESS_TEXT, "[3] Tuyên truyền, phổ biến giáo dục pháp luật\n" + progressForItem3);
        return vars;
    }

    private void official() {
        engine.complete(engine.task(q1, "prepareReport"), "cv." + JUSTICE, OFFICIAL,
                draft("Tổ chức 4 hội nghị tuyên truyền."));
    }

    private void head(boolean approved, String comment) {
        engine.complete(engine.task(q1, "approveReport"), "ld." + JUSTICE, HEAD, Engine.decision(approved, comment));
    }

    private void snv(boolean approved, String comment) {
        engine.complete(engine.task(q1, "reviewReport"), "chuyenvien.snv", SNV, Engine.decision(approved, comment));
    }

    private Report q1Report() {
        return reports.find(plan.reportKey(ReportPeriod.Q1, JUSTICE)).orElseThrow();
    }

    @Test
    void calendarStartsOneReportPerAgencyAndPeriodAndOneProvinceReportPerPeriod() {
        List<String> keys = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportVariables.PROCESS_KEY).variableValueEquals("planId", plan.id).list()
                .stream().map(ProcessInstance::getBusinessKey).sorted().toList();
        assertThat(keys).hasSize(8).contains(plan.reportKey(ReportPeriod.Q1, JUSTICE),
                plan.reportKey(ReportPeriod.YEAR, "van-phong-ubnd"));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportVariables.PROVINCE_PROCESS_KEY).variableValueEquals("planId", plan.id)
                .count()).isEqualTo(4);
        // nothing to do before the cut-off ends on 14/3
        assertThat(q1).isWaitingAt("cutOffPassed");
        Engine.clock(LocalDate.of(2024, 3, 14));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(q1).isWaitingAt("cutOffPassed", "reportAlerts");
        // running the calendar again starts nothing twice
        plan.startReportingCalendar(processEngine);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("planId", plan.id)
                .processDefinitionKeyNotIn("followUp").count()).isEqualTo(12);
    }

    @Test
    void submittedOnTimeAndAccepted() {
        openQ1();
        Task prepare = engine.task(q1, "prepareReport");
        assertThat(prepare).hasCandidateGroup(JUSTICE);
        assertThat(prepare.getDueDate()).isEqualTo(DueDates.endOfDay(LocalDate.of(2024, 3, 15)));
        String summary = (String) processEngine.getRuntimeService().getVariable(q1.getId(), "workSummary");
        // status at the end of 14/3: item 1 on time, 5 late, 2 overdue, 3 and 4 in progress
        assertThat(summary).contains("tổng số nhiệm vụ được giao: **5**", "Hoàn thành đúng hạn: **1**",
                "Hoàn thành quá hạn: **1**", "Đang thực hiện: **2**", "Quá hạn, chưa hoàn thành: **1**");
        assertThat((String) processEngine.getRuntimeService().getVariable(q1.getId(), "progressText"))
                .startsWith("[3] Tuyên truyền");

        official();
        assertThat(q1).isWaitingAt("approveReport");
        List<String> candidates = processEngine.getTaskService()
                .getIdentityLinksForTask(engine.task(q1, "approveReport").getId()).stream()
                .map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
        assertThat(candidates).containsExactly("ld." + JUSTICE);

        head(true, null);
        assertThat(q1).isWaitingAt("reviewReport");
        assertThat(engine.task(q1, "reviewReport")).hasCandidateGroup("snv-specialist");
        snv(true, null);
        assertThat(q1).isEnded();
        Report report = q1Report();
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.submittedOnTime()).isTrue();
        assertThat(report.overdue()).isFalse();
        assertThat(reports.progress(report.id())).containsEntry(3, "Tổ chức 4 hội nghị tuyên truyền.");
    }

    @Test
    void missingSubmissionIsMarkedOverdueAndLateSubmissionCountsAsLate() {
        openQ1();
        Engine.clock(LocalDate.of(2024, 3, 16));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(q1Report().overdue()).isTrue();
        assertThat(q1).isWaitingAt("prepareReport", "reportAlerts");   // the follow-up does not take the task away

        Engine.clock(LocalDate.of(2024, 3, 19));
        official();
        head(true, null);
        snv(true, null);
        Report report = q1Report();
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.submitted()).isTrue();
        assertThat(report.submittedOnTime()).isFalse();
    }

    @Test
    void snvReturnsWithReasonAndTheFirstSendingStillCounts() {
        openQ1();
        official();
        head(true, null);
        snv(false, "Thiếu số liệu tuyên truyền");
        assertThat(q1).isWaitingAt("prepareReport").variables().containsEntry("comment", "Thiếu số liệu tuyên truyền");
        assertThat(q1Report().status()).isEqualTo(ReportStatus.RETURNED);

        Engine.clock(LocalDate.of(2024, 3, 18));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(q1Report().overdue()).as("sent once on time: a return does not make it overdue").isFalse();
        official();
        head(true, null);
        snv(true, null);
        assertThat(q1Report().submittedOnTime()).isTrue();
    }

    @Test
    void headReturnsToTheOfficialAndNothingIsSentUntilHeApproves() {
        openQ1();
        official();
        assertThatThrownBy(() -> head(false, " ")).hasMessageContaining("phải ghi rõ lý do");
        head(false, "Bổ sung kết quả kiểm tra văn bản");
        assertThat(q1).isWaitingAt("prepareReport").variables()
                .containsEntry("comment", "Bổ sung kết quả kiểm tra văn bản");
        assertThat(q1Report().submitted()).isFalse();
    }

    @Test
    void reportWithoutProgressOfARecurringItemIsRefusedNamingTheItem() {
        openQ1();
        Task prepare = engine.task(q1, "prepareReport");
        assertThatThrownBy(() -> engine.complete(prepare, "cv." + JUSTICE, OFFICIAL, draft("  ")))
                .hasMessageContaining("Chưa nhập tiến độ thực hiện nhiệm vụ số 3");
        Map<String, Object> stranger = draft("Đã thực hiện");
        stranger.put(ReportVariables.PROGRESS_TEXT, stranger.get(ReportVariables.PROGRESS_TEXT) + "\n[9] Việc khác\nx");
        stranger.put(ReportVariables.REPORT_SUMMARY, "");
        assertThatThrownBy(() -> engine.complete(prepare, "cv." + JUSTICE, OFFICIAL, stranger))
                .hasMessageContaining("Nhiệm vụ số 9 không thuộc")
                .hasMessageContaining("Kết quả thực hiện công tác CCHC trong kỳ");
        assertThat(q1).isWaitingAt("prepareReport");
    }
}
