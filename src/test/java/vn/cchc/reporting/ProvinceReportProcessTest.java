package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.support.CchcIntegrationTest;

/** {@code provinceReport}: SNV's compilation of a period, the DOCX and XLSX it produces, and the leader's signature. */
@CchcIntegrationTest
class ProvinceReportProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProvinceReports provinceReports;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void compiledReportNamesWhoHasNotSubmittedAndCountsMatchTheAssignments() throws Exception {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2024, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2024)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2024, 2, 29), "so-tu-phap")
                .item(2, "II. CẢI CÁCH THỂ CHẾ", "Kiểm tra văn bản", DeadlineKind.FIXED, LocalDate.of(2024, 1, 31), "so-tu-phap")
                .item(3, "III. CẢI CÁCH TTHC", "Công bố thủ tục hành chính", DeadlineKind.FIXED, LocalDate.of(2024, 3, 1),
                        "so-tu-phap", "van-phong-ubnd")
                .item(4, "III. CẢI CÁCH TTHC", "Số hóa hồ sơ", DeadlineKind.FIXED, LocalDate.of(2024, 9, 30), "van-phong-ubnd")
                .item(5, "VI. CẢI CÁCH TÀI CHÍNH CÔNG", "Giao quyền tự chủ", DeadlineKind.FIXED, LocalDate.of(2024, 12, 31),
                        "so-tai-chinh")
                .done(1, "so-tu-phap", LocalDate.of(2024, 2, 20), false)
                .done(2, "so-tu-phap", LocalDate.of(2024, 2, 5), true)
                .done(3, "van-phong-ubnd", LocalDate.of(2024, 2, 27), false);
        plan.startReportingCalendar(processEngine);

        Engine.clock(LocalDate.of(2024, 3, 15));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        send(engine, plan, "so-tu-phap", true);
        send(engine, plan, "van-phong-ubnd", false);   // sent, SNV has not accepted yet: still submitted

        Engine.clock(LocalDate.of(2024, 3, 16));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        ProcessInstance province = engine.byKey(ReportVariables.PROVINCE_PROCESS_KEY, plan.provinceKey(ReportPeriod.Q1));
        assertThat(province).isWaitingAt("reviewProvinceReport").variables()
                .containsEntry("submittedCount", 2).containsEntry("missingCount", 1);
        assertThat((String) processEngine.getRuntimeService().getVariable(province.getId(), "missingAgencies"))
                .contains("Sở Tài chính").doesNotContain("Sở Tư pháp");

        try (XWPFDocument docx = new XWPFDocument(file(province, ReportVariables.DOCX))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Vĩnh Long, ngày 16 tháng 03 năm 2024", "BÁO CÁO",
                    "Quý I năm 2024", "Có 2/3 cơ quan, đơn vị gửi báo cáo (2 đúng hạn, 0 quá hạn)",
                    "chưa gửi báo cáo: Sở Tài chính", "TM. ỦY BAN NHÂN DÂN");
            // tables: header block, per area, per agency, then the signature block (no findings in this year)
            XWPFTable areas = docx.getTables().get(1);
            assertThat(cells(areas, 1)).containsExactly("1", "II. CẢI CÁCH THỂ CHẾ", "2", "1", "1", "0", "0");
            // item 3: van-phong-ubnd done on time; so-tu-phap overdue since 1/3. Item 4: in progress
            assertThat(cells(areas, 2)).containsExactly("2", "III. CẢI CÁCH TTHC", "3", "1", "0", "1", "1");
            assertThat(cells(areas, 4)).containsExactly("", "Tổng cộng", "6", "2", "1", "2", "1");
            XWPFTable agencies = docx.getTables().get(2);
            assertThat(cells(agencies, 1)).containsExactly("1", "Sở Tài chính", "1", "0", "0", "1", "0", "Chưa gửi");
            assertThat(cells(agencies, 2)).containsExactly("2", "Sở Tư pháp", "3", "1", "1", "0", "1", "Đúng hạn");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(file(province, ReportVariables.XLSX))) {
            Sheet agencies = xlsx.getSheet("Theo cơ quan");
            Row office = agencies.getRow(3);
            assertThat(office.getCell(1).getStringCellValue()).isEqualTo("Văn phòng UBND tỉnh");
            assertThat(office.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(office.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(office.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(office.getCell(7).getStringCellValue()).isEqualTo("Đúng hạn");
            assertThat(xlsx.getSheet("Theo lĩnh vực").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(6);
        }

        // a late report arrives: SNV compiles again before sending it for signature
        Engine.clock(LocalDate.of(2024, 3, 18));
        send(engine, plan, "so-tai-chinh", true);
        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "true"));
        engine.runDueJobs(ReportVariables.PLAN_ID, plan.id);
        assertThat(province).isWaitingAt("reviewProvinceReport").variables().containsEntry("missingCount", 0);
        try (XWPFDocument docx = new XWPFDocument(file(province, ReportVariables.DOCX))) {
            assertThat(new XWPFWordExtractor(docx).getText())
                    .contains("Có 3/3 cơ quan, đơn vị gửi báo cáo (2 đúng hạn, 1 quá hạn)",
                            "Tất cả cơ quan, đơn vị đã gửi báo cáo.");
        }

        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "false"));
        assertThat(province).isWaitingAt("signProvinceReport");
        assertThat(engine.task(province, "signProvinceReport").getDueDate())
                .isEqualTo(vn.cchc.plan.DueDates.endOfDay(LocalDate.of(2024, 3, 20)));
        engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(false, "Bổ sung đánh giá nguyên nhân chậm"));
        assertThat(province).isWaitingAt("reviewProvinceReport");
        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "false"));
        engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));
        assertThat(province).isEnded();
        assertThat(provinceReports.find(plan.provinceKey(ReportPeriod.Q1)).orElseThrow().signedAt()).isNotNull();
    }

    private void send(Engine engine, SamplePlan plan, String agency, boolean accept) {
        ProcessInstance pi = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.Q1, agency));
        engine.complete(engine.task(pi, "prepareReport"), "cv." + agency, List.of(agency),
                Map.of(ReportVariables.REPORT_SUMMARY, "Báo cáo quý I", ReportVariables.PROGRESS_TEXT, ""));
        engine.complete(engine.task(pi, "approveReport"), "ld." + agency, List.of(agency, "agency-head"),
                Engine.decision(true, null));
        if (accept) {
            engine.complete(engine.task(pi, "reviewReport"), "chuyenvien.snv", List.of("snv-specialist"),
                    Engine.decision(true, null));
        }
    }

    private InputStream file(ProcessInstance pi, String name) {
        FileValue value = processEngine.getRuntimeService().getVariableTyped(pi.getId(), name);
        return value.getValue();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
