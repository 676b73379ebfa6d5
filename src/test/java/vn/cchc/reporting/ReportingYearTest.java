package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A whole reporting year of a small 2025 plan on PostgreSQL: four periodic reports of three agencies, the province's
 * report of each period, an inspection whose finding is remedied late, and the year-end statistics.
 */
@CchcIntegrationTest
class ReportingYearTest {

    private static final List<String> SNV = List.of("snv-specialist", "so-noi-vu");
    private static final String OFFICE = "van-phong-ubnd";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    Reports reports;

    private Engine engine;
    private SamplePlan plan;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportingYear() throws Exception {
        BpmnAwareTests.init(processEngine);
        engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2025, 1, 2));
        plan = new SamplePlan(jdbc, 2025)
                .item(1, "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "Ban hành Kế hoạch kiểm tra CCHC", DeadlineKind.FIXED,
                        LocalDate.of(2025, 3, 31), "so-noi-vu")
                .item(2, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật", DeadlineKind.FIXED,
                        LocalDate.of(2025, 6, 30), "so-tu-phap")
                .item(3, "II. CẢI CÁCH THỂ CHẾ", "Tuyên truyền, phổ biến giáo dục pháp luật", DeadlineKind.RECURRING,
                        null, "so-tu-phap", "so-noi-vu")
                .item(4, "III. CẢI CÁCH TTHC", "Số hóa hồ sơ, kết quả giải quyết TTHC", DeadlineKind.FIXED,
                        LocalDate.of(2025, 9, 30), OFFICE)
                .done(1, "so-noi-vu", LocalDate.of(2025, 3, 20), false)
                .done(2, "so-tu-phap", LocalDate.of(2025, 7, 10), true);
        plan.startReportingCalendar(processEngine);
        ProcessInstance inspection = planInspectionOfJusticeInAugust();

        for (ReportingWindow window : calendar.windows(2025)) {
            Engine.clock(window.opensOn());
            run();
            for (String agency : List.of("so-noi-vu", "so-tu-phap")) {
                send(window.period(), agency);
            }
            if (window.period() == ReportPeriod.Q1 || window.period() == ReportPeriod.H1) {
                send(window.period(), OFFICE);
            }
            Engine.clock(window.agencyDue().plusDays(1));
            run();
            ProcessInstance province = engine.byKey(ReportVariables.PROVINCE_PROCESS_KEY, plan.provinceKey(window.period()));
            assertThat(province).isWaitingAt("reviewProvinceReport");
            boolean officeMissing = window.period() == ReportPeriod.Q3 || window.period() == ReportPeriod.YEAR;
            assertThat(province).variables().containsEntry("missingCount", officeMissing ? 1 : 0);
            if (officeMissing) {
                assertThat(reports.find(plan.reportKey(window.period(), OFFICE)).orElseThrow().overdue()).isTrue();
                send(window.period(), OFFICE);   // late, after the province compiled
            }
            if (window.period() == ReportPeriod.YEAR) {
                checkYearReport(province);
            }
            engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", SNV,
                    Map.of(ReportVariables.RECOMPILE, "false"));
            engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                    Engine.decision(true, null));
            assertThat(province).isEnded();
            if (window.period() == ReportPeriod.H1) {
                inspectJustice();
            } else if (window.period() == ReportPeriod.Q3) {
                remedyLate();
            }
        }
        assertThat(inspection).isEnded();
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(ReportVariables.PLAN_ID, plan.id).count()).isZero();
        assertThat(reports.ofPlan(plan.id)).hasSize(12).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReportStatus.ACCEPTED));

        Engine.clock(LocalDate.of(2025, 12, 31));
        Map<String, Object> stats = yearEndStatistics();
        // 5 assignments: item 1 on time, item 2 late, item 3 (two agencies, recurring) and item 4 (overdue) not done
        assertThat(stats).containsEntry("onTimePercent", 20.0).containsEntry("latePercent", 20.0)
                .containsEntry("notDonePercent", 60.0).containsEntry("carryOverCount", 3);
        String carryOver = new String(((java.io.InputStream) stats.get("carryOverJson")).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(carryOver).contains("\"itemNo\":4", "\"status\":\"Quá hạn\"")
                .doesNotContain("\"itemNo\":1,", "\"itemNo\":2,");
        assertThat((String) stats.get("yearEndStatistics"))
                .contains("Văn phòng UBND tỉnh: 1 nhiệm vụ — đúng hạn 0.0%, quá hạn 0.0%, chưa hoàn thành 100.0%; "
                        + "báo cáo đúng hạn 2/4")
                .contains("Sở Tư pháp: 2 nhiệm vụ — đúng hạn 0.0%, quá hạn 50.0%, chưa hoàn thành 50.0%; báo cáo đúng "
                        + "hạn 4/4; tồn tại sau kiểm tra: 0 chưa khắc phục, 0 khắc phục đúng hạn, 1 quá hạn");
    }

    private void checkYearReport(ProcessInstance province) throws Exception {
        FileValue file = processEngine.getRuntimeService().getVariableTyped(province.getId(), ReportVariables.DOCX);
        try (InputStream in = file.getValue(); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("năm 2025",
                    "Có 2/3 cơ quan, đơn vị gửi báo cáo (2 đúng hạn, 0 quá hạn)",
                    "chưa gửi báo cáo: Văn phòng UBND tỉnh");
            // tables: header block, signature block, then the annex: per area, per agency, findings
            XWPFTable findings = docx.getTables().get(4);
            assertThat(findings.getRow(1).getTableCells().stream().map(c -> c.getText().strip()).toList())
                    .containsExactly("1", "Sở Tư pháp", "0", "0", "1");
        }
    }

    private ProcessInstance planInspectionOfJusticeInAugust() {
        // the reporting calendar started the year's inspection round
        ProcessInstance year = engine.byKey("inspection", "KT-2025");
        engine.complete(engine.task(year, "draftInspectionPlan"), "chuyenvien.snv", SNV,
                Map.of("inspectionList", "Sở Tư pháp | 8"));
        engine.complete(engine.task(year, "approveInspectionPlan"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));
        return year;
    }

    /** Notice, self-report, visit and a conclusion with one finding due 30/9. */
    private void inspectJustice() {
        ProcessInstance visit = engine.byKey("inspectionVisit", "KT-2025:so-tu-phap");
        Engine.clock(LocalDate.of(2025, 7, 28));
        run();
        engine.complete(engine.task(visit, "sendNotice"), "chuyenvien.snv", SNV, Map.of("visitDate", "2025-08-12"));
        engine.complete(engine.task(visit, "selfReport"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("selfReport", "Tự kiểm tra"));
        Engine.clock(LocalDate.of(2025, 8, 12));
        engine.complete(engine.task(visit, "recordVisit"), "chuyenvien.snv", SNV, Map.of("visitMinutes", "Biên bản"));
        Engine.clock(LocalDate.of(2025, 8, 20));
        engine.complete(engine.task(visit, "concludeInspection"), "chuyenvien.snv", SNV, Map.of("conclusion",
                "Kết luận 20/KL-SNV", "findingsText", "Chưa công khai kết quả giải quyết TTHC | 30/09/2025"));
    }

    /** The finding due 30/9 is remedied on 10/10 and closed by SNV. */
    private void remedyLate() {
        ProcessInstance finding = engine.byKey("remediation", "KT-2025:so-tu-phap:1");
        Engine.clock(LocalDate.of(2025, 10, 10));
        run();
        engine.complete(engine.task(finding, "remedyFinding"), "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("remedy", "Đã công khai"));
        engine.complete(engine.task(finding, "closeFinding"), "chuyenvien.snv", SNV, Engine.decision(true, null));
    }

    private void send(ReportPeriod period, String agency) {
        ProcessInstance pi = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(period, agency));
        String progress = agency.equals(OFFICE) ? "" : "[3] Tuyên truyền\nĐã tổ chức tuyên truyền trong kỳ.";
        engine.complete(engine.task(pi, "prepareReport"), "cv." + agency, List.of(agency),
                Map.of(ReportVariables.REPORT_SUMMARY, "Kết quả CCHC " + period.label(),
                        ReportVariables.PROGRESS_TEXT, progress));
        engine.complete(engine.task(pi, "approveReport"), "ld." + agency, List.of(agency, "agency-head"),
                Engine.decision(true, null));
        engine.complete(engine.task(pi, "reviewReport"), "chuyenvien.snv", SNV, Engine.decision(true, null));
    }

    private void run() {
        engine.runDueJobs("planYear", 2025);
    }

    private Map<String, Object> yearEndStatistics() {
        String key = "testYearEndStatistics";
        if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            processEngine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
                    Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().serviceTask()
                            .camundaDelegateExpression("${yearEndStatistics}").userTask("look").endEvent().done())
                    .deploy();
        }
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(key,
                Map.of(ReportVariables.PLAN_ID, plan.id));
        return processEngine.getRuntimeService().getVariables(pi.getId());
    }
}
