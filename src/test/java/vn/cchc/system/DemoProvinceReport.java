package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.documents.format.OfficeRendering;
import vn.cchc.documents.format.TextWidth;

/**
 * The checks of issue 19's acceptance for the province report as the demo produces it (DefaultRunIT downloads it
 * from /reports): the same measures as ProvinceDocumentsRenderingTest, applied to a real download instead of a
 * document built in the test.
 */
final class DemoProvinceReport {

    static final List<String> OUTLINE = List.of("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
            "ĐÁNH GIÁ CHUNG", "NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "ĐỀ XUẤT, KIẾN NGHỊ", "PHỤ LỤC");

    private DemoProvinceReport() {
    }

    /** POI: page, margins, fonts, the outline, the agency table. @return the agency names of that table */
    static List<String> checkDocx(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            CTSectPr first = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                            && p.getCTP().getPPr().getSectPr() != null).findFirst()
                    .map(p -> p.getCTP().getPPr().getSectPr()).orElse(doc.getDocument().getBody().getSectPr());
            assertThat(twips(first.getPgSz().getW())).as("A4 width").isEqualTo(11906);
            assertThat(twips(first.getPgSz().getH())).as("A4 height").isEqualTo(16838);
            assertThat(mm(first.getPgMar().getLeft())).as("left margin").isBetween(30.0, 35.0);
            assertThat(mm(first.getPgMar().getRight())).as("right margin").isBetween(15.0, 20.0);
            assertThat(mm(first.getPgMar().getTop())).as("top margin").isBetween(20.0, 25.0);
            assertThat(mm(first.getPgMar().getBottom())).as("bottom margin").isBetween(20.0, 25.0);
            int body = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getInd() != null) {
                        assertThat(r.getFontSizeAsDouble()).as(r.text()).isBetween(13.0, 14.0);
                        body++;
                    }
                }
            }
            assertThat(body).as("body runs").isPositive();
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains(OUTLINE).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:");
            XWPFTable table = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 1
                    && t.getRow(0).getCell(1).getText().equals("Cơ quan, đơn vị")).findFirst().orElseThrow();
            assertThat(table.getRow(0).isRepeatHeader()).as("the agency table's header repeats on every page").isTrue();
            double nameColumn = twips(table.getCTTbl().getTblGrid().getGridColArray(1).getW()) / 20.0;
            for (int c = 0; c < table.getRow(0).getTableCells().size(); c++) {
                double width = twips(table.getCTTbl().getTblGrid().getGridColArray(c).getW()) / 20.0;
                assertThat(width).as("column " + c)
                        .isGreaterThan(TextWidth.longestWord(table.getRow(0).getCell(c).getText(), 13, true));
            }
            List<String> names = new ArrayList<>();
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                String name = row.getCell(1).getText().strip();
                if (!name.isEmpty() && !name.startsWith("Tổng")) {
                    assertThat(TextWidth.points(name, 13, false) + 8).as(name).isLessThan(2 * (nameColumn - 10));
                    names.add(name);
                }
            }
            assertThat(names).as("agencies in the table").isNotEmpty();
            return names;
        }
    }

    /** POI: every sheet titled, A4 landscape, one page wide, heading rows repeated and frozen. @return headings */
    static List<List<String>> checkWorkbook(byte[] content) throws IOException {
        List<List<String>> headings = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(s.getSheetName()).isNotBlank();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                Row heading = sheet.getRow(sheet.getRepeatingRows().getFirstRow());
                List<String> cells = new ArrayList<>();
                for (Cell c : heading) {
                    if (!c.getStringCellValue().isBlank()) {
                        cells.add(c.getStringCellValue().strip());
                    }
                }
                headings.add(cells);
            }
        }
        return headings;
    }

    /** POI: no sheet printed with text under the legible minimum once scaled to its pages. */
    static void checkLegible(byte[] content) throws IOException {
        for (vn.cchc.documents.format.PrintedSheets.Printed p : vn.cchc.documents.format.PrintedSheets.of(content)) {
            assertThat(p.effectivePoints()).as(p.name() + ": font × print scale")
                    .isGreaterThanOrEqualTo(vn.cchc.documents.format.StatisticsWorkbook.MIN_PRINTED_POINTS);
        }
    }

    /**
     * LibreOffice's PDF of the three files, as a reader sees it: the report; the workbook on at most two pages, one
     * page wide; the per-agency workbook one page wide with its heading on every page.
     */
    static void checkRendered(Map<String, OfficeRendering.Rendered> pdf, List<String> agencies,
                              List<List<String>> headings, List<List<String>> detailHeadings) {
        OfficeRendering.Rendered report = pdf.get("bao-cao-quy.docx");
        assertThat(report.allA4()).isTrue();
        assertThat(report.fonts()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
        assertThat(report.pages().get(0)[0]).isLessThan(report.pages().get(0)[1]);
        assertThat(report.leftmostX()).isGreaterThanOrEqualTo(30 / 25.4 * 72 - 1);
        for (String phrase : OUTLINE) {
            assertThat(report.printsWhole(phrase)).as(phrase).isTrue();
        }
        assertThat(report.printsWhole("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isTrue();
        // the names as the annex table prints them (the landscape pages): the narrative lists the same names in
        // running text, where a name may wrap anywhere
        OfficeRendering.Rendered annex = new OfficeRendering.Rendered(report.pdf(), report.pages(),
                report.words().stream().filter(w -> landscape(report.pages().get(w.page() - 1))).toList(),
                report.fonts(), report.png());
        for (String name : agencies) {
            assertThat(annex.linesOf(name)).as(name).isBetween(1, 2);
        }

        OfficeRendering.Rendered sheets = pdf.get("so-lieu-quy.xlsx");
        OfficeRendering.Rendered detail = pdf.get("so-lieu-tung-co-quan.xlsx");
        onePageWide(sheets, headings);
        onePageWide(detail, detailHeadings);
        // the acceptance: the report's workbook on at most two pages for the demo province
        assertThat(sheets.pages()).as("the workbook's pages").hasSizeLessThanOrEqualTo(2);
        for (String phrase : List.of("Tổng cộng", "Sở, ban, ngành tỉnh", "UBND cấp xã (xã, phường, đặc khu)")) {
            assertThat(sheets.printsWhole(phrase)).as(phrase).isTrue();
        }
        for (String name : agencies) {
            assertThat(detail.linesOf(name)).as(name).isBetween(1, 2);
        }
        System.out.println("Demo province report: " + report.pages().size() + " pages; workbook: "
                + sheets.pages().size() + " pages for " + headings.size() + " sheets (text at "
                + String.format("%.1f", sheets.bodyTextPoints()) + " pt); per-agency workbook: "
                + detail.pages().size() + " pages (" + String.format("%.1f", detail.bodyTextPoints()) + " pt), "
                + agencies.size() + " agencies");
    }

    /**
     * A4 landscape, Liberation Serif, text not shrunk below the minimum, and every printed page carries a sheet's
     * heading from its first to its last column (a sheet split across pages in width would print its right-hand
     * columns on a page of their own).
     */
    private static void onePageWide(OfficeRendering.Rendered sheets, List<List<String>> headings) {
        assertThat(sheets.allA4()).isTrue();
        assertThat(sheets.fonts()).isNotEmpty().allMatch(f -> f.startsWith("LiberationSerif"));
        assertThat(sheets.pages()).allMatch(p -> p[0] > p[1]);
        assertThat(sheets.bodyTextPoints())
                .isGreaterThanOrEqualTo(vn.cchc.documents.format.StatisticsWorkbook.MIN_PRINTED_POINTS);
        for (int page = 1; page <= sheets.pages().size(); page++) {
            int p = page;
            Set<String> words = sheets.words().stream().filter(w -> w.page() == p)
                    .map(OfficeRendering.Word::text).collect(Collectors.toSet());
            assertThat(headings).as("page " + page + " has a whole heading row").anyMatch(h -> h.size() > 1
                    && words.contains(firstWord(h.get(0))) && words.contains(firstWord(h.get(h.size() - 1))));
        }
    }

    private static boolean landscape(double[] page) {
        return page[0] > page[1];
    }

    private static String firstWord(String text) {
        return Normalizer.normalize(text.strip().split("\\s+")[0], Normalizer.Form.NFC);
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    private static double mm(Object value) {
        return twips(value) / 1440.0 * 25.4;
    }
}
