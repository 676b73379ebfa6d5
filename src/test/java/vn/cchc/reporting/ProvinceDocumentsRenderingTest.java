package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.agency.AgencyClass;
import vn.cchc.documents.format.OfficeRendering;
import vn.cchc.documents.format.TextWidth;
import vn.cchc.inspection.FindingCounts;
import vn.cchc.support.ProvinceAgencyNames;

/**
 * The province report (DOCX, XLSX) and the year-end workbooks of a province with 40 agencies, checked twice: with
 * POI (page, margins, fonts, column widths, print setup) and, where LibreOffice is installed, as a reader sees them
 * (one soffice call renders them all to PDF; page size, page counts, words never broken inside a column, agency
 * names on at most two lines, the outline's sections and the agencies' text present). PNG pages under
 * {@code target/rendered/province-documents/}.
 */
class ProvinceDocumentsRenderingTest {

    static final String[] NAMES = ProvinceAgencyNames.BEFORE_2025;
    static final String[] AREAS = {"I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "V. CẢI CÁCH TÀI CHÍNH CÔNG",
            "VI. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"};
    static final String JUSTICE_TEXT = "Sở đã rà soát 42 văn bản quy phạm pháp luật, kiến nghị sửa đổi 3 văn bản.";

    static ProvinceSummary summary;
    static Map<String, byte[]> files = new LinkedHashMap<>();

    @BeforeAll
    static void produce() {
        ReportingWindow window = new ReportingWindow(ReportPeriod.Q1, 2026, LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 20));
        List<ProvinceSummary.AgencyRow> agencies = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String id = "agency-" + i;
            Report report = new Report("KH:Q1-2026:" + id, "KH", ReportPeriod.Q1, 2026, id, window.agencyDue(),
                    ReportStatus.ACCEPTED, false, i % 7 == 3 ? null : LocalDateTime.of(2026, 3, i % 5 == 0 ? 18 : 16, 9, 0),
                    null);
            agencies.add(new ProvinceSummary.AgencyRow(id, NAMES[i], new Tally(i % 4, i % 3, 3 + i % 5, i % 2),
                    report, i % 6 == 0 ? new FindingCounts(1, 2, i % 4) : FindingCounts.NONE,
                    i < 21 ? AgencyClass.PROVINCIAL : AgencyClass.DISTRICT));
        }
        List<ProvinceSummary.AreaRow> areas = new ArrayList<>();
        for (int i = 0; i < AREAS.length; i++) {
            areas.add(new ProvinceSummary.AreaRow(AREAS[i], new Tally(10 + i, i, 20 - i, i % 3)));
        }
        summary = new ProvinceSummary("Vĩnh Long", "Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Vĩnh Long",
                window, LocalDate.of(2026, 3, 18), areas, agencies, new Tally(75, 15, 105, 6));
        List<String> areaTexts = new ArrayList<>();
        areaTexts.add("Sở Tư pháp: " + JUSTICE_TEXT + "\nSở Nội vụ: Nhiệm vụ số 1 (Rà soát văn bản): đã hoàn thành.");
        areaTexts.add("Văn phòng UBND tỉnh: Công bố 120 thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 65%.");
        for (int i = 3; i <= 6; i++) {
            areaTexts.add(ReportLabels.get("narrative.area.none"));
        }
        ProvinceNarrative narrative = new ProvinceNarrative("Ủy ban nhân dân tỉnh triển khai Kế hoạch.",
                areaTexts, "Hoàn thành 90/201 nhiệm vụ.", "Còn 6 nhiệm vụ quá hạn.",
                ReportLabels.get("narrative.causes"), "- Hoàn thành nhiệm vụ quá hạn.",
                ReportLabels.get("narrative.proposals"));
        files.put("bao-cao-quy.docx", ProvinceReportDocx.write(summary, narrative, "Nguyễn Văn An"));
        files.put("so-lieu-quy.xlsx", ProvinceReportXlsx.write(summary));
        files.put("so-lieu-tung-co-quan.xlsx", ProvinceReportXlsx.agencies(summary));

        List<YearEndSummary.Row> yAreas = areas.stream().map(a -> new YearEndSummary.Row(a.area(), a.tally())).toList();
        List<YearEndSummary.AgencyRow> yAgencies = agencies.stream().map(a -> new YearEndSummary.AgencyRow(
                a.agencyId(), a.name(), a.tally(), 4, 3, a.findings(), a.agencyClass())).toList();
        List<YearEndSummary.CarryOver> carry = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            carry.add(new YearEndSummary.CarryOver(i + 1, AREAS[i % 6], "Triển khai số hóa hồ sơ, kết quả giải quyết "
                    + "thủ tục hành chính còn hiệu lực theo Nghị định số 45/2020/NĐ-CP", "agency-" + i,
                    LocalDate.of(2026, 9, 30), "Quá hạn, chưa hoàn thành"));
        }
        YearEndSummary year = new YearEndSummary("KH", LocalDate.of(2026, 12, 31), summary.total(), yAreas, yAgencies,
                carry);
        files.put("thong-ke-nam.xlsx", YearEndXlsx.statistics(year));
        files.put("chuyen-tiep.xlsx", YearEndXlsx.carryOver(year));
    }

    @Test
    void docxIsA4WithTheDecreeMarginsTimesNewRomanAndFittedColumns() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.get("bao-cao-quy.docx")))) {
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) last.getPgSz().getW()).intValue()).isEqualTo(16838);   // annex: landscape A4
            CTSectPr first = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().getSectPr() != null).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(((BigInteger) first.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) first.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(twipsToMm(first.getPgMar().getLeft())).isBetween(30.0, 35.0);
            assertThat(twipsToMm(first.getPgMar().getRight())).isBetween(15.0, 20.0);
            assertThat(twipsToMm(first.getPgMar().getTop())).isBetween(20.0, 25.0);
            assertThat(twipsToMm(first.getPgMar().getBottom())).isBetween(20.0, 25.0);
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getInd() != null) {
                        assertThat(r.getFontSizeAsDouble()).as(r.text()).isBetween(13.0, 14.0);   // body text
                    }
                }
            }
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
                    "1. Cải cách thể chế", "6. Xây dựng và phát triển Chính quyền điện tử", "ĐÁNH GIÁ CHUNG",
                    "1. Ưu điểm", "2. Tồn tại, hạn chế", "3. Nguyên nhân", "NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
                    "ĐỀ XUẤT, KIẾN NGHỊ", "Sở Tư pháp: " + JUSTICE_TEXT, "Nguyễn Văn An", "PHỤ LỤC");
            XWPFTable agencies = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Cơ quan, đơn vị")).findFirst().orElseThrow();
            assertThat(agencies.getRow(0).isRepeatHeader()).isTrue();
            double nameColumn = ((BigInteger) agencies.getCTTbl().getTblGrid().getGridColArray(1).getW()).intValue() / 20.0;
            for (String name : NAMES) {
                // at most two lines (in the estimate the widths were made with)
                assertThat(TextWidth.points(name, 13, false) + 8).as(name).isLessThan(2 * (nameColumn - 10));
            }
            for (int c = 0; c < agencies.getRow(0).getTableCells().size(); c++) {
                double width = ((BigInteger) agencies.getCTTbl().getTblGrid().getGridColArray(c).getW()).intValue() / 20.0;
                assertThat(width).as("column " + c)
                        .isGreaterThan(TextWidth.longestWord(agencies.getRow(0).getCell(c).getText(), 13, true));
            }
        }
    }

    @Test
    void workbooksHaveTitlesFittedWidthsFrozenHeadingsFormulasAndPrintOnePageWide() throws Exception {
        for (String name : List.of("so-lieu-quy.xlsx", "so-lieu-tung-co-quan.xlsx", "thong-ke-nam.xlsx",
                "chuyen-tiep.xlsx")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get(name)))) {
                for (Sheet s : wb) {
                    XSSFSheet sheet = (XSSFSheet) s;
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(name).isNotBlank();
                    assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                    assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);   // A4
                    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                    assertThat(sheet.getFitToPage()).isTrue();
                    assertThat(sheet.getRepeatingRows()).isNotNull();
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    int heading = sheet.getRepeatingRows().getFirstRow();
                    for (int c = 0; c < sheet.getRow(heading).getLastCellNum(); c++) {
                        assertThat(sheet.getRow(heading).getCell(c).getCellStyle().getWrapText()).isTrue();
                        assertThat(sheet.getColumnWidth(c)).as(name + " column " + c).isGreaterThan(5 * 256);
                    }
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get("so-lieu-quy.xlsx")))) {
            Sheet areas = wb.getSheet("Theo lĩnh vực");
            var total = areas.getRow(areas.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C5:C10)");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(201);
        }
    }

    @Test
    void renderedAsAReaderSeesThem() throws Exception {
        OfficeRendering.assumeAvailable();
        Map<String, OfficeRendering.Rendered> pdf = OfficeRendering.render("province-documents", files);

        OfficeRendering.Rendered report = pdf.get("bao-cao-quy.docx");
        assertThat(report.allA4()).isTrue();
        // Times New Roman's metric twin for every letter: no Vietnamese letter printed in a fallback font
        assertThat(report.fonts()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
        assertThat(report.pages()).hasSizeBetween(4, 10);
        assertThat(report.pages().get(0)[0]).isLessThan(report.pages().get(0)[1]);          // portrait body
        double[] lastPage = report.pages().get(report.pages().size() - 1);
        assertThat(lastPage[0]).isGreaterThan(lastPage[1]);                                   // landscape annex
        assertThat(report.leftmostX()).isGreaterThanOrEqualTo(30 / 25.4 * 72 - 1);          // left margin ≥ 30 mm
        for (String phrase : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "ĐÁNH GIÁ CHUNG", "NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "ĐỀ XUẤT, KIẾN NGHỊ",
                "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An", "Vĩnh Long, ngày 18 tháng 03 năm 2026",
                "PHỤ LỤC", "Hoàn thành đúng hạn", "Tổng số nhiệm vụ", "Báo cáo kỳ này")) {
            assertThat(report.printsWhole(phrase)).as(phrase).isTrue();
        }
        assertThat(report.text()).contains("rà soát 42 văn bản quy phạm pháp luật");
        for (String name : NAMES) {
            assertThat(report.linesOf(name)).as(name).isBetween(1, 2);
        }
        for (String area : AREAS) {
            assertThat(report.printsWhole(area)).as(area).isTrue();
        }

        for (String name : List.of("so-lieu-quy.xlsx", "so-lieu-tung-co-quan.xlsx", "thong-ke-nam.xlsx",
                "chuyen-tiep.xlsx")) {
            OfficeRendering.Rendered sheet = pdf.get(name);
            assertThat(sheet.allA4()).as(name).isTrue();
            assertThat(sheet.fonts()).as(name).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
            assertThat(sheet.pages()).as(name).allMatch(p -> p[0] > p[1]);                    // landscape
            for (String heading : List.of("Hoàn thành đúng hạn", "Tổng cộng")) {
                if (!name.startsWith("chuyen")) {
                    assertThat(sheet.printsWhole(heading)).as(name + ": " + heading).isTrue();
                }
            }
        }
        // one page wide, a page per sheet: per area and per class of agencies; the per-agency table on its own
        assertThat(pdf.get("so-lieu-quy.xlsx").pages()).hasSize(2);
        assertThat(pdf.get("thong-ke-nam.xlsx").pages()).hasSize(2);
        assertThat(pdf.get("so-lieu-tung-co-quan.xlsx").pages()).hasSizeBetween(1, 2);
        assertThat(pdf.get("chuyen-tiep.xlsx").pages()).hasSizeBetween(1, 3);
        for (String name : NAMES) {
            assertThat(pdf.get("so-lieu-tung-co-quan.xlsx").linesOf(name)).as(name).isBetween(1, 2);
        }
        assertThat(pdf.get("so-lieu-quy.xlsx").printsWhole("Sở, ban, ngành tỉnh")).isTrue();
        assertThat(pdf.get("so-lieu-quy.xlsx").printsWhole("UBND cấp huyện")).isTrue();
    }

    private static double twipsToMm(Object twips) {
        return ((BigInteger) twips).intValue() / 1440.0 * 25.4;
    }
}
