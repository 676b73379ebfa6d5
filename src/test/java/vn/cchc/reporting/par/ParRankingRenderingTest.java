package vn.cchc.reporting.par;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.agency.Agency;
import vn.cchc.documents.format.OfficeRendering;
import vn.cchc.documents.format.PrintedSheets;
import vn.cchc.documents.format.StatisticsWorkbook;
import vn.cchc.reporting.DemoProvince;
import vn.cchc.support.ProvinceAgencyNames;

/**
 * The PAR Index ranking workbook: of a province with 30 agencies and 24 criteria, and of the demo province (129
 * agencies, the eight criteria of config/reporting.yml). POI checks (title, print setup, one table with the averages
 * as formulas and the criteria's legend, text never shrunk below the legible minimum) and, where LibreOffice is
 * installed, the printed pages (A4, at most two pages, one page wide, the heading repeated, agency names on at most
 * two lines, every criterion's column heading whole). PNG pages under {@code target/rendered/par-ranking/}.
 */
class ParRankingRenderingTest {

    static final String[] NAMES = ProvinceAgencyNames.BEFORE_2025;
    /** The criteria of config/reporting.yml (id, maximum, name). */
    static final String[][] CONFIGURED = {{"1.1", "3", "Hoàn thành kế hoạch CCHC năm đúng hạn"},
            {"1.2", "2", "Báo cáo CCHC định kỳ đúng hạn"}, {"1.3", "2", "Khắc phục tồn tại sau kiểm tra CCHC"},
            {"2.1", "3", "Xây dựng, rà soát văn bản quy phạm pháp luật"},
            {"3.1", "4", "Giải quyết thủ tục hành chính đúng hạn"}, {"4.1", "2", "Thực hiện cơ chế tự chủ tài chính"},
            {"5.1", "3", "Cung cấp dịch vụ công trực tuyến toàn trình"},
            {"6.1", "2", "Đối thoại với doanh nghiệp, cải thiện môi trường đầu tư"}};

    static byte[] workbook() {
        List<ParIndexProperties.Criterion> criteria = new ArrayList<>();
        for (int area = 1; area <= 6; area++) {
            for (int k = 1; k <= 4; k++) {
                criteria.add(new ParIndexProperties.Criterion(area + "." + k, "linh-vuc-" + area,
                        BigDecimal.valueOf(2 + k % 3), "Tiêu chí thành phần số " + k + " của lĩnh vực " + area, null));
            }
        }
        return ranking(List.of(NAMES), criteria);
    }

    static byte[] demoWorkbook() {
        List<ParIndexProperties.Criterion> criteria = new ArrayList<>();
        for (String[] c : CONFIGURED) {
            criteria.add(new ParIndexProperties.Criterion(c[0], "linh-vuc", new BigDecimal(c[1]), c[2], null));
        }
        return ranking(DemoProvince.agencies().stream().map(Agency::name).toList(), criteria);
    }

    private static byte[] ranking(List<String> names, List<ParIndexProperties.Criterion> criteria) {
        List<ParRanking.Unranked> agencies = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (ParIndexProperties.Criterion c : criteria) {
                BigDecimal score = c.maxScore().subtract(BigDecimal.valueOf((i + c.id().hashCode()) % 3, 1));
                scores.put(c.id(), score);
                total = total.add(score);
            }
            agencies.add(new ParRanking.Unranked("agency-" + i, names.get(i), total.add(BigDecimal.ONE), total,
                    scores));
        }
        return ParRanking.of(agencies).xlsx(criteria, 2026, "Vĩnh Long");
    }

    @Test
    void rankingWorkbookIsOneTableWithAveragesAndTheLegend() throws Exception {
        for (byte[] xlsx : List.of(workbook(), demoWorkbook())) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(1);
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 2);
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isNotBlank();
                Row heading = sheet.getRow(3);
                int last = heading.getLastCellNum() - 1;
                assertThat(heading.getCell(last).getStringCellValue()).isEqualTo("Điểm thẩm định");
                int average = 4 + (int) java.util.stream.IntStream.range(4, sheet.getLastRowNum() + 1)
                        .filter(r -> sheet.getRow(r).getCell(0) != null
                                && sheet.getRow(r).getCell(0).getCellType() == CellType.NUMERIC).count();
                assertThat(sheet.getRow(average).getCell(1).getStringCellValue()).isEqualTo("Bình quân");
                assertThat(sheet.getRow(average).getCell(last).getCellFormula()).startsWith("AVERAGE(");
                assertThat(sheet.getRow(average + 1).getCell(0).getStringCellValue()).startsWith("Tiêu chí 1.1: ");
            }
            for (PrintedSheets.Printed p : PrintedSheets.of(xlsx)) {
                System.out.println("Printed ranking: " + p);
                assertThat(p.effectivePoints()).as("font × print scale")
                        .isGreaterThanOrEqualTo(StatisticsWorkbook.MIN_PRINTED_POINTS);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(demoWorkbook()))) {
            assertThat(wb.getSheetAt(0).getPrintSetup().getLandscape()).as("eight criteria: portrait").isFalse();
        }
    }

    @Test
    void rankingPrintsOnAtMostTwoPagesOnePageWide() throws Exception {
        OfficeRendering.assumeAvailable();
        Map<String, OfficeRendering.Rendered> rendered = OfficeRendering.render("par-ranking",
                Map.of("xep-hang.xlsx", workbook(), "xep-hang-demo.xlsx", demoWorkbook()));
        OfficeRendering.Rendered pdf = rendered.get("xep-hang.xlsx");
        OfficeRendering.Rendered demo = rendered.get("xep-hang-demo.xlsx");
        System.out.println("PAR ranking as printed: 30 agencies × 24 criteria " + pdf.pages().size()
                + " pages, text at " + String.format("%.1f", pdf.bodyTextPoints()) + " pt; demo province, 129 "
                + "agencies × 8 criteria: " + demo.pages().size() + " pages, text at "
                + String.format("%.1f", demo.bodyTextPoints()) + " pt");
        for (OfficeRendering.Rendered r : List.of(pdf, demo)) {
            assertThat(r.allA4()).isTrue();
            assertThat(r.pages()).hasSizeBetween(1, 2);
            assertThat(r.fonts()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
            assertThat(r.bodyTextPoints()).isGreaterThanOrEqualTo(StatisticsWorkbook.MIN_PRINTED_POINTS);
            for (int page = 1; page <= r.pages().size(); page++) {
                assertThat(r.wordsOn(page)).as("page " + page + ": the heading, first to last column")
                        .contains("Xếp", "Điểm", "thẩm");
            }
            assertThat(r.printsWhole("Bình quân")).isTrue();
        }
        assertThat(demo.pages()).hasSize(2).allMatch(p -> p[0] < p[1]);                    // portrait
        for (String phrase : List.of("Xếp hạng", "Điểm tự chấm", "Điểm thẩm định", "1.1", "6.4",
                "Tiêu chí 6.4: Tiêu chí thành phần số 4 của lĩnh vực 6")) {
            assertThat(pdf.printsWhole(phrase)).as(phrase).isTrue();
        }
        for (String name : NAMES) {
            assertThat(pdf.linesOf(name)).as(name).isBetween(1, 2);
        }
        for (String[] c : CONFIGURED) {
            assertThat(demo.printsWhole(c[0])).as(c[0]).isTrue();
            assertThat(demo.printsWhole(c[2])).as(c[2]).isTrue();
        }
        for (Agency agency : DemoProvince.agencies()) {
            assertThat(demo.linesOf(agency.name())).as(agency.name()).isBetween(1, 2);
        }
    }
}
