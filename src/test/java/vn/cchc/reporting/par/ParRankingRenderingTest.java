package vn.cchc.reporting.par;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.documents.format.OfficeRendering;
import vn.cchc.support.ProvinceAgencyNames;

/**
 * The PAR Index ranking workbook of a province with 30 agencies and 24 criteria: POI checks (title, print setup,
 * a sheet per table) and, where LibreOffice is installed, the printed pages (A4 landscape, one page wide, agency
 * names on at most two lines, every criterion's column heading whole). PNG pages under
 * {@code target/rendered/par-ranking/}.
 */
class ParRankingRenderingTest {

    static final String[] NAMES = ProvinceAgencyNames.BEFORE_2025;

    static byte[] workbook() {
        List<ParIndexProperties.Criterion> criteria = new ArrayList<>();
        for (int area = 1; area <= 6; area++) {
            for (int k = 1; k <= 4; k++) {
                criteria.add(new ParIndexProperties.Criterion(area + "." + k, "linh-vuc-" + area,
                        BigDecimal.valueOf(2 + k % 3), "Tiêu chí thành phần số " + k + " của lĩnh vực " + area, null));
            }
        }
        List<ParRanking.Unranked> agencies = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (ParIndexProperties.Criterion c : criteria) {
                BigDecimal score = c.maxScore().subtract(BigDecimal.valueOf((i + c.id().hashCode()) % 3, 1));
                scores.put(c.id(), score);
                total = total.add(score);
            }
            agencies.add(new ParRanking.Unranked("agency-" + i, NAMES[i], total.add(BigDecimal.ONE), total, scores));
        }
        return ParRanking.of(agencies).xlsx(criteria, 2026, "Vĩnh Long");
    }

    @Test
    void rankingWorkbookPrintsOnePageWidePerSheet() throws Exception {
        byte[] xlsx = workbook();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            for (Sheet sheet : wb) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isNotBlank();
        }

        OfficeRendering.assumeAvailable();
        OfficeRendering.Rendered pdf = OfficeRendering.render("par-ranking", Map.of("xep-hang.xlsx", xlsx))
                .get("xep-hang.xlsx");
        assertThat(pdf.allA4()).isTrue();
        assertThat(pdf.pages()).allMatch(p -> p[0] > p[1]).hasSizeBetween(3, 6);
        assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
        for (String phrase : List.of("Xếp hạng", "Điểm tự chấm", "Điểm thẩm định", "1.1", "6.4",
                "Tiêu chí thành phần số 4 của lĩnh vực 6")) {
            assertThat(pdf.printsWhole(phrase)).as(phrase).isTrue();
        }
        for (String name : NAMES) {
            assertThat(pdf.linesOf(name)).as(name).isBetween(1, 2);
        }
    }
}
