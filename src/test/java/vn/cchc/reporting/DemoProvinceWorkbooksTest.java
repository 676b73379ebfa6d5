package vn.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.agency.Agency;
import vn.cchc.documents.format.OfficeRendering;
import vn.cchc.documents.format.PrintedSheets;
import vn.cchc.documents.format.StatisticsWorkbook;

/**
 * Issue 19's page budget on the demo province (129 agencies, {@link DemoProvince}): the quarterly report's workbook
 * and the year-end statistics print on at most two A4 pages, one page wide, because they hold the summary a leader
 * reads (per reform area and per class of agencies, totals as formulas); the per-agency tables are files of their
 * own, one page wide with the heading repeated on every page. No sheet reaches its page count by shrinking its text
 * below {@link StatisticsWorkbook#MIN_PRINTED_POINTS}: estimated with POI, measured on LibreOffice's PDF. PNG pages
 * under {@code target/rendered/demo-province-workbooks/}.
 */
class DemoProvinceWorkbooksTest {

    static final Map<String, byte[]> files = new LinkedHashMap<>();

    @BeforeAll
    static void produce() {
        ProvinceSummary quarter = DemoProvince.quarter();
        YearEndSummary year = DemoProvince.yearEnd();
        files.put("so-lieu-quy.xlsx", ProvinceReportXlsx.write(quarter));
        files.put("so-lieu-tung-co-quan.xlsx", ProvinceReportXlsx.agencies(quarter));
        files.put("thong-ke-nam.xlsx", YearEndXlsx.statistics(year));
        files.put("thong-ke-tung-co-quan.xlsx", YearEndXlsx.agencies(year));
        files.put("chuyen-tiep.xlsx", YearEndXlsx.carryOver(year));
    }

    @Test
    void theSummariesHoldTheAreasAndTheClassesWithTotalsAsFormulas() throws Exception {
        assertThat(DemoProvince.agencies()).hasSize(129);
        for (String name : List.of("so-lieu-quy.xlsx", "thong-ke-nam.xlsx")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get(name)))) {
                assertThat(wb.getNumberOfSheets()).as(name).isEqualTo(2);
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Theo lĩnh vực");
                Sheet classes = wb.getSheet("Theo nhóm cơ quan");
                // title, subtitle, blank, heading, then the classes in the directory's order, then the total
                assertThat(text(classes.getRow(3), 2)).isEqualTo("Số cơ quan");
                assertThat(text(classes.getRow(4), 1)).isEqualTo("Sở, ban, ngành tỉnh");
                assertThat(classes.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(5);
                assertThat(text(classes.getRow(5), 1)).isEqualTo("UBND cấp xã (xã, phường, đặc khu)");
                assertThat(classes.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(124);
                Row total = classes.getRow(6);
                assertThat(text(total, 1)).isEqualTo("Tổng cộng");
                for (int c = 2; c < total.getLastCellNum(); c++) {
                    assertThat(total.getCell(c).getCellFormula()).as(name + " column " + c).startsWith("SUM(");
                }
                assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(129);
                assertThat(total.getCell(3).getNumericCellValue())
                        .isEqualTo(DemoProvince.quarter().total().total());
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get("so-lieu-tung-co-quan.xlsx")))) {
            Sheet agencies = wb.getSheet("Theo cơ quan");
            // title, subtitle, the summary's file, blank, heading, 129 agencies, total
            assertThat(agencies.getLastRowNum()).isEqualTo(4 + 129 + 1);
            assertThat(text(agencies.getRow(2), 0)).contains("Số liệu báo cáo công tác CCHC Quý I năm 2026.xlsx");
            assertThat(agencies.getRow(134).getCell(2).getCellFormula()).isEqualTo("SUM(C6:C134)");
        }
    }

    /** POI: A4, one page wide, heading repeated and frozen, and no text printed below the legible minimum. */
    @Test
    void everySheetPrintsOnePageWideWithLegibleText() throws Exception {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.getValue()))) {
                for (Sheet sheet : wb) {
                    String as = f.getKey() + " / " + sheet.getSheetName();
                    assertThat(sheet.getPrintSetup().getPaperSize()).as(as).isEqualTo((short) 9);
                    assertThat(sheet.getFitToPage()).as(as).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(as).isEqualTo((short) 1);
                    assertThat(sheet.getRepeatingRows()).as(as).isNotNull();
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(as).isTrue();
                }
            }
            for (PrintedSheets.Printed p : PrintedSheets.of(f.getValue())) {
                System.out.println("Printed " + f.getKey() + " / " + p);
                assertThat(p.smallestFont()).as(f.getKey() + " / " + p.name()).isGreaterThanOrEqualTo(11);
                assertThat(p.effectivePoints()).as(f.getKey() + " / " + p.name() + ": font × print scale")
                        .isGreaterThanOrEqualTo(StatisticsWorkbook.MIN_PRINTED_POINTS);
            }
        }
    }

    @Test
    void theSummariesPrintOnTwoPagesAndTheDetailOnePageWide() throws Exception {
        OfficeRendering.assumeAvailable();
        Map<String, OfficeRendering.Rendered> pdf = OfficeRendering.render("demo-province-workbooks", files);
        Map<String, String> counts = new LinkedHashMap<>();
        pdf.forEach((name, r) -> counts.put(name, r.pages().size() + " pages, text at "
                + String.format("%.1f", r.bodyTextPoints()) + " pt"));
        System.out.println("Demo province (129 agencies) workbooks as printed: " + counts);
        for (Map.Entry<String, OfficeRendering.Rendered> e : pdf.entrySet()) {
            OfficeRendering.Rendered r = e.getValue();
            assertThat(r.allA4()).as(e.getKey()).isTrue();
            assertThat(r.fonts()).as(e.getKey()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
            assertThat(r.bodyTextPoints()).as(e.getKey() + ": body text as printed")
                    .isGreaterThanOrEqualTo(StatisticsWorkbook.MIN_PRINTED_POINTS);
        }
        for (String name : List.of("so-lieu-quy.xlsx", "thong-ke-nam.xlsx")) {
            OfficeRendering.Rendered r = pdf.get(name);
            // the acceptance: the whole workbook on at most two pages, a page per sheet, each one page wide
            assertThat(r.pages()).as(name).hasSizeLessThanOrEqualTo(2).allMatch(p -> p[0] > p[1]);
            // per area, then per class: each page carries its sheet's heading from the first column to the last
            assertThat(r.wordsOn(1)).as(name + " page 1").contains("STT", "Lĩnh", "Quá");
            assertThat(r.wordsOn(2)).as(name + " page 2").contains("STT", "Nhóm", "Khắc");
            for (String phrase : List.of("Sở, ban, ngành tỉnh", "UBND cấp xã (xã, phường, đặc khu)", "Tổng cộng",
                    "I. CẢI CÁCH THỂ CHẾ", "VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Hoàn thành đúng hạn", "129")) {
                assertThat(r.printsWhole(phrase)).as(name + ": " + phrase).isTrue();
            }
        }
        assertThat(pdf.get("so-lieu-quy.xlsx").printsWhole("Chưa gửi báo cáo")).isTrue();
        assertThat(pdf.get("thong-ke-nam.xlsx").printsWhole("Báo cáo đúng hạn")).isTrue();

        List<String> names = DemoProvince.agencies().stream().map(Agency::name).toList();
        for (String name : List.of("so-lieu-tung-co-quan.xlsx", "thong-ke-tung-co-quan.xlsx")) {
            OfficeRendering.Rendered r = pdf.get(name);
            assertThat(r.pages()).as(name).hasSizeGreaterThan(2);
            for (int page = 1; page <= r.pages().size(); page++) {
                assertThat(r.wordsOn(page)).as(name + " page " + page + ": the heading repeated, one page wide")
                        .contains("STT", "Khắc");
            }
            for (String agency : names) {
                assertThat(r.linesOf(agency)).as(name + ": " + agency).isBetween(1, 2);
            }
        }
        assertThat(pdf.get("chuyen-tiep.xlsx").wordsOn(1)).contains("STT", "Tình");
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
