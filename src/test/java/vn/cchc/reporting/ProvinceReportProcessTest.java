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
    @Autowired
    vn.cchc.documents.Documents documents;

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
                    "chưa gửi báo cáo: Sở Tài chính", "TM. ỦY BAN NHÂN DÂN",
                    // the outline's sections, the agencies' own text under the area of most of their assignments
                    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "1. Cải cách thể chế",
                    "2. Cải cách thủ tục hành chính", "III. ĐÁNH GIÁ CHUNG", "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
                    "V. ĐỀ XUẤT, KIẾN NGHỊ", "PHỤ LỤC");
            assertThat(text.indexOf("Sở Tư pháp: Báo cáo quý I của Sở Tư pháp")).isBetween(
                    text.indexOf("1. Cải cách thể chế"), text.indexOf("2. Cải cách thủ tục hành chính"));
            assertThat(text.indexOf("Văn phòng UBND tỉnh: Báo cáo quý I của Văn phòng UBND tỉnh")).isBetween(
                    text.indexOf("2. Cải cách thủ tục hành chính"), text.indexOf("3. Cải cách tổ chức bộ máy"));
            // tables: header block, signature block, then the annex: per area, per agency (no findings this year)
            XWPFTable areas = docx.getTables().get(2);
            assertThat(cells(areas, 1)).containsExactly("1", "II. CẢI CÁCH THỂ CHẾ", "2", "1", "1", "0", "0");
            // item 3: van-phong-ubnd done on time; so-tu-phap overdue since 1/3. Item 4: in progress
            assertThat(cells(areas, 2)).containsExactly("2", "III. CẢI CÁCH TTHC", "3", "1", "0", "1", "1");
            assertThat(cells(areas, 4)).containsExactly("", "Tổng cộng", "6", "2", "1", "2", "1");
            XWPFTable agencies = docx.getTables().get(3);
            assertThat(cells(agencies, 1)).containsExactly("1", "Sở Tài chính", "1", "0", "0", "1", "0", "Chưa gửi");
            assertThat(cells(agencies, 2)).containsExactly("2", "Sở Tư pháp", "3", "1", "1", "0", "1", "Đúng hạn");
        }
        var detail = documents.list(plan.id).stream()
                .filter(d -> d.kind() == vn.cchc.documents.DocumentKind.PROVINCE_REPORT_AGENCIES_XLSX).findFirst()
                .orElseThrow();
        assertThat(detail.fileName()).isEqualTo("Số liệu từng cơ quan, báo cáo công tác CCHC Quý I năm 2024.xlsx");
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new java.io.ByteArrayInputStream(documents.content(detail.id())))) {
            Sheet agencies = xlsx.getSheet("Theo cơ quan");
            // title, subtitle, the summary's file name, a blank row, the heading row, then one row per agency
            Row office = agencies.getRow(7);
            assertThat(office.getCell(1).getStringCellValue()).isEqualTo("Văn phòng UBND tỉnh");
            assertThat(office.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(office.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(office.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(office.getCell(7).getStringCellValue()).isEqualTo("Đúng hạn");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(file(province, ReportVariables.XLSX))) {
            assertThat(xlsx.getSheet("Theo cơ quan")).as("the per-agency table is a file of its own").isNull();
            // the three departments: 6 tasks, two reports sent (one on time), one missing
            Row departments = xlsx.getSheet("Theo nhóm cơ quan").getRow(4);
            assertThat(departments.getCell(1).getStringCellValue()).isEqualTo("Sở, ban, ngành tỉnh");
            assertThat(departments.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(departments.getCell(3).getNumericCellValue()).isEqualTo(6);
            assertThat(departments.getCell(10).getNumericCellValue()).isEqualTo(1);
            Row classTotal = xlsx.getSheet("Theo nhóm cơ quan").getRow(5);
            assertThat(classTotal.getCell(3).getCellFormula()).isEqualTo("SUM(D5:D5)");
            Row total = xlsx.getSheet("Theo lĩnh vực").getRow(7);
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C5:C7)");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(6);
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

        // SNV completes the assessment and the proposals: the leader gets the report as SNV wrote it
        assertThat((String) processEngine.getRuntimeService().getVariable(province.getId(), "reportArea1"))
                .contains("Sở Tư pháp: Báo cáo quý I của Sở Tư pháp");
        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "false", "reportCauses", "Nguyên nhân chủ quan: rà soát chậm.",
                        "reportProposals", "Đề nghị Bộ Nội vụ tổ chức tập huấn nghiệp vụ báo cáo."));
        assertThat(province).isWaitingAt("signProvinceReport");
        try (XWPFDocument docx = new XWPFDocument(file(province, ReportVariables.DOCX))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Nguyên nhân chủ quan: rà soát chậm.",
                    "Đề nghị Bộ Nội vụ tổ chức tập huấn nghiệp vụ báo cáo.", "Sở Tư pháp: Báo cáo quý I của Sở Tư pháp")
                    .doesNotContain("(Sở Nội vụ bổ sung)");
        }
        assertThat(engine.task(province, "signProvinceReport").getDueDate())
                .isEqualTo(vn.cchc.shared.DueDates.endOfDay(LocalDate.of(2024, 3, 20)));
        engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(false, "Bổ sung đánh giá nguyên nhân chậm"));
        assertThat(province).isWaitingAt("reviewProvinceReport");
        engine.complete(engine.task(province, "reviewProvinceReport"), "chuyenvien.snv", List.of("snv-specialist"),
                Map.of(ReportVariables.RECOMPILE, "false"));
        engine.complete(engine.task(province, "signProvinceReport"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));
        assertThat(province).isEnded();
        assertThat(provinceReports.find(plan.provinceKey(ReportPeriod.Q1)).orElseThrow().signedAt()).isNotNull();
        // the signed document names the signer and keeps SNV's text
        var signed = documents.list(plan.id).stream()
                .filter(d -> d.kind() == vn.cchc.documents.DocumentKind.PROVINCE_REPORT_DOCX).findFirst().orElseThrow();
        try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(documents.content(signed.id())))) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("Võ Quốc Bảo",
                    "Đề nghị Bộ Nội vụ tổ chức tập huấn nghiệp vụ báo cáo.");
        }
    }

    private void send(Engine engine, SamplePlan plan, String agency, boolean accept) {
        ProcessInstance pi = engine.byKey(ReportVariables.PROCESS_KEY, plan.reportKey(ReportPeriod.Q1, agency));
        engine.complete(engine.task(pi, "prepareReport"), "cv." + agency, List.of(agency),
                Map.of(ReportVariables.REPORT_SUMMARY, "Báo cáo quý I của " + NAMES.get(agency),
                        ReportVariables.PROGRESS_TEXT, ""));
        engine.complete(engine.task(pi, "approveReport"), "ld." + agency, List.of(agency, "agency-head"),
                Engine.decision(true, null));
        if (accept) {
            engine.complete(engine.task(pi, "reviewReport"), "chuyenvien.snv", List.of("snv-specialist"),
                    Engine.decision(true, null));
        }
    }

    private static final Map<String, String> NAMES = Map.of("so-tu-phap", "Sở Tư pháp", "van-phong-ubnd",
            "Văn phòng UBND tỉnh", "so-tai-chinh", "Sở Tài chính");

    private InputStream file(ProcessInstance pi, String name) {
        FileValue value = processEngine.getRuntimeService().getVariableTyped(pi.getId(), name);
        return value.getValue();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
