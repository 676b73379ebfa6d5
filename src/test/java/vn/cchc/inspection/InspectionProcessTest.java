package vn.cchc.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
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
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.Engine;
import vn.cchc.support.CchcIntegrationTest;

/** {@code inspection}: the year's plan, notice, self-report, visit, conclusion and remediation of each finding. */
@CchcIntegrationTest
class InspectionProcessTest {

    private static final List<String> SNV = List.of("snv-specialist", "so-noi-vu");
    private static final List<String> LEADER = List.of("ubnd-leader", "ubnd-tinh");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    Findings findings;
    @Autowired
    Inspections inspections;

    private Engine engine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Starts a round as the start form does (the year as a decimal number) and drafts its plan. */
    private ProcessInstance startYear(int year, String plan) {
        Engine.clock(LocalDate.of(year, 1, 7));
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(InspectionVariables.PROCESS_KEY,
                "KT-" + year, Map.of(InspectionVariables.PLAN_YEAR, (double) year));   // the start form sends a number
        engine.complete(engine.task(pi, "draftInspectionPlan"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.INSPECTION_LIST, plan));
        return pi;
    }

    private void run(int year) {
        engine.runDueJobs(InspectionVariables.PLAN_YEAR, year);
    }

    private ProcessInstance visit(int year, String agency) {
        return engine.byKey(InspectionVariables.VISIT_PROCESS_KEY, "KT-" + year + ":" + agency);
    }

    @Test
    void findingRemediedLateAfterAReturnIsCountedLateAndTheInspectionClosesWhenAllFindingsAreClosed() {
        Engine.clock(LocalDate.of(2030, 1, 7));
        ProcessInstance year = processEngine.getRuntimeService().startProcessInstanceByKey(
                InspectionVariables.PROCESS_KEY, "KT-2030", Map.of(InspectionVariables.PLAN_YEAR, 2030));
        Task draft = engine.task(year, "draftInspectionPlan");
        assertThatThrownBy(() -> engine.complete(draft, "chuyenvien.snv", SNV, Map.of(InspectionVariables.INSPECTION_LIST,
                "Sở Không Có | 5\nSở Tư pháp | 13\nSở Tài chính 4")))
                .hasMessageContaining("Dòng 1: không xác định được cơ quan \"Sở Không Có\"")
                .hasMessageContaining("Dòng 2: tháng kiểm tra phải từ 1 đến 12")
                .hasMessageContaining("Dòng 3: viết theo mẫu");
        engine.complete(draft, "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.INSPECTION_LIST, "Sở Tư pháp | 3\nso-tai-chinh | Tháng 4"));
        assertThat(year).isWaitingAt("approveInspectionPlan");
        assertThat((String) processEngine.getRuntimeService().getVariable(year.getId(), "coverageWarning"))
                .contains("chưa đạt mục tiêu kiểm tra ít nhất 50%");
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", LEADER, Engine.decision(true, null));

        ProcessInstance justice = visit(2030, "so-tu-phap");
        assertThat(visit(2030, "so-tai-chinh")).isNotNull();
        // March visit: notice 5 working days before Friday 1/3/2030, i.e. Friday 22/2
        Engine.clock(LocalDate.of(2030, 2, 21));
        run(2030);
        assertThat(justice).isWaitingAt("noticeTime");
        Engine.clock(LocalDate.of(2030, 2, 22));
        run(2030);
        assertThat(justice).isWaitingAt("sendNotice");
        Task notice = engine.task(justice, "sendNotice");
        assertThatThrownBy(() -> engine.complete(notice, "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_DATE, "2030-02-26")))
                .hasMessageContaining("ít nhất 5 ngày làm việc (sớm nhất 01/03/2030)");
        engine.complete(notice, "chuyenvien.snv", SNV, Map.of(InspectionVariables.VISIT_DATE, "2030-03-05"));

        Task self = engine.task(justice, "selfReport");
        assertThat(self).hasCandidateGroup("so-tu-phap");
        assertThat(self.getDueDate()).isEqualTo(DueDates.endOfDay(LocalDate.of(2030, 3, 1)));
        Engine.clock(LocalDate.of(2030, 3, 4));
        run(2030);   // past due: the follow-up says so; the task stays with the agency
        engine.complete(engine.task(justice, "selfReport"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(InspectionVariables.SELF_REPORT, "Báo cáo tự kiểm tra năm 2030"));

        Engine.clock(LocalDate.of(2030, 3, 5));
        engine.complete(engine.task(justice, "recordVisit"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_MINUTES, "Biên bản kiểm tra ngày 05/3/2030"));
        assertThat(engine.task(justice, "concludeInspection").getDueDate())
                .isEqualTo(DueDates.endOfDay(LocalDate.of(2030, 3, 26)));

        Engine.clock(LocalDate.of(2030, 3, 20));
        Task conclude = engine.task(justice, "concludeInspection");
        assertThatThrownBy(() -> engine.complete(conclude, "chuyenvien.snv", SNV, Map.of(
                InspectionVariables.CONCLUSION, "Kết luận số 12/KL-SNV",
                InspectionVariables.FINDINGS_TEXT, "Chưa niêm yết TTHC | 31/02/2030")))
                .hasMessageContaining("Tồn tại dòng 1: hạn khắc phục \"31/02/2030\" không phải ngày");
        engine.complete(conclude, "chuyenvien.snv", SNV, Map.of(
                InspectionVariables.CONCLUSION, "Kết luận số 12/KL-SNV",
                InspectionVariables.FINDINGS_TEXT, "Chưa niêm yết TTHC | 15/04/2030\nChưa cập nhật dịch vụ công"));

        ProcessInstance first = engine.byKey(InspectionVariables.REMEDIATION_PROCESS_KEY, "KT-2030:so-tu-phap:1");
        ProcessInstance second = engine.byKey(InspectionVariables.REMEDIATION_PROCESS_KEY, "KT-2030:so-tu-phap:2");
        assertThat(engine.task(first, "remedyFinding")).hasCandidateGroup("so-tu-phap");
        assertThat(engine.task(first, "remedyFinding").getDueDate()).isEqualTo(DueDates.endOfDay(LocalDate.of(2030, 4, 15)));
        // default deadline: 30 working days after the conclusion, i.e. early May
        assertThat(findings.get("KT-2030:so-tu-phap:2").dueDate()).isBetween(LocalDate.of(2030, 5, 1),
                LocalDate.of(2030, 5, 10));

        Engine.clock(LocalDate.of(2030, 4, 10));
        remedy(first, "Đã niêm yết một phần");
        engine.complete(engine.task(first, "closeFinding"), "chuyenvien.snv", SNV,
                Engine.decision(false, "Còn 3 thủ tục chưa niêm yết"));
        assertThat(first).isWaitingAt("remedyFinding");
        Engine.clock(LocalDate.of(2030, 4, 16));
        run(2030);
        assertThat(findings.countsByAgency(2030, LocalDate.of(2030, 4, 16)).get("so-tu-phap"))
                .isEqualTo(new FindingCounts(2, 0, 0));
        Engine.clock(LocalDate.of(2030, 4, 20));
        remedy(first, "Đã niêm yết đủ");
        engine.complete(engine.task(first, "closeFinding"), "chuyenvien.snv", SNV, Engine.decision(true, null));
        assertThat(first).isEnded();
        assertThat(justice).isWaitingAt("remediateFindings");

        Engine.clock(LocalDate.of(2030, 4, 25));
        remedy(second, "Đã cập nhật");
        engine.complete(engine.task(second, "closeFinding"), "chuyenvien.snv", SNV, Engine.decision(true, null));
        assertThat(justice).isEnded();
        assertThat(inspections.get("KT-2030:so-tu-phap").status()).isEqualTo("CLOSED");
        assertThat(findings.countsByAgency(2030, LocalDate.of(2030, 12, 31)).get("so-tu-phap"))
                .isEqualTo(new FindingCounts(0, 1, 1));
        assertThat(year).isWaitingAt("inspectAgency");   // Sở Tài chính is still to be inspected
    }

    @Test
    void conclusionWithoutFindingsClosesTheInspectionAndTheYear() {
        ProcessInstance year = startYear(2031, "Sở Tài chính | 2");
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", LEADER, Engine.decision(true, null));
        ProcessInstance finance = visit(2031, "so-tai-chinh");
        Engine.clock(LocalDate.of(2031, 1, 27));
        run(2031);
        engine.complete(engine.task(finance, "sendNotice"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_DATE, "14/02/2031"));
        engine.complete(engine.task(finance, "selfReport"), "cv.so-tai-chinh", List.of("so-tai-chinh"),
                Map.of(InspectionVariables.SELF_REPORT, "Tự kiểm tra"));
        engine.complete(engine.task(finance, "recordVisit"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.VISIT_MINUTES, "Biên bản"));
        engine.complete(engine.task(finance, "concludeInspection"), "chuyenvien.snv", SNV,
                Map.of(InspectionVariables.CONCLUSION, "Không có tồn tại", InspectionVariables.FINDINGS_TEXT, ""));
        assertThat(finance).isEnded();
        assertThat(year).isEnded();
    }

    private void remedy(ProcessInstance pi, String text) {
        engine.complete(engine.task(pi, "remedyFinding"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of(InspectionVariables.REMEDY, text));
    }
}
