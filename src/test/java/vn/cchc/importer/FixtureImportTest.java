package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX, XLSX and CSV fixtures built with POI from rows of seed 000, read back by the importer. */
class FixtureImportTest {

    static final List<String> HEADER = List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm",
            "Thời gian hoàn thành");
    static final List<List<String>> ROWS = List.of(
            List.of("1.", "Xây dựng và triển khai thực hiện Quyết định ban hành Kế hoạch CCHC năm 2024 trên địa bàn tỉnh.",
                    "Cơ quan thường trực BCĐ CCHC tỉnh", "Các sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã",
                    "Quyết định ban hành", "Quý IV/2023"),
            List.of("2.", "Ban hành và triển khai thực hiện Kế hoạch CCHC năm 2024 của cơ quan, đơn vị.",
                    "Các sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã", "Cơ quan thường trực BCĐ CCHC tỉnh",
                    "Kế hoạch ban hành", "Quý IV/2023"),
            List.of("14.", "Xây dựng kế hoạch theo dõi tình hình thi hành pháp luật năm 2024 của tỉnh.", "Sở Tư pháp",
                    "Các cơ quan, đơn vị", "Kế hoạch được ban hành", "Tháng 01/2024"));

    @TempDir
    Path dir;

    @Test
    void docxWithMergedCellsAndTableSplitOverPages() throws IOException {
        Path file = dir.resolve("phu-luc.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Kế hoạch cải cách hành chính năm 2024 trên địa bàn tỉnh Vĩnh Long");
            XWPFTable first = doc.createTable(1, 6);
            fill(first.getRow(0), HEADER);
            XWPFTableRow section = first.createRow();
            fill(section, List.of("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "", "", "", "", ""));
            fill(first.createRow(), ROWS.get(0));
            XWPFTableRow merged = first.createRow();
            fill(merged, ROWS.get(1));
            merged.getCell(0).setText("");
            first.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            merged.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            doc.createParagraph().setPageBreak(true);
            XWPFTable second = doc.createTable(1, 6);
            fill(second.getRow(0), HEADER);
            XWPFTableRow heading = second.createRow();
            fill(heading, List.of("II. CẢI CÁCH THỂ CHẾ", "", "", "", "", ""));
            fill(second.createRow(), ROWS.get(2));
            for (int i = 5; i > 0; i--) {
                heading.removeCell(i);
            }
            heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
            doc.write(out);
        }

        ImportResult result = Seeds.importer().importFile(file, null);

        assertThat(result.year()).isEqualTo(2024);
        assertThat(result.items()).extracting(AppendixRow::stt).containsExactly("1", "1", "14");
        assertThat(result.items().get(1).task()).startsWith("Ban hành và triển khai thực hiện Kế hoạch CCHC");
        assertThat(result.items().get(1).problems()).noneMatch(p -> p.contains("STT"));
        assertSeedRows(result);
    }

    @Test
    void xlsxWithOtherColumnOrderAndMergedAssignmentCell() throws IOException {
        Path file = dir.resolve("phu-luc.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Phụ lục");
            row(sheet, 0, "STT", "Nhiệm vụ", "Kết quả/sản phẩm", "Tiến độ",
                    "Phân công (cơ quan chủ trì/cơ quan phối hợp)");
            row(sheet, 1, "II. CẢI CÁCH THỂ CHẾ");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            row(sheet, 2, "1", ROWS.get(2).get(1), "Kế hoạch được ban hành", "Tháng 01/2024",
                    "Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan");
            row(sheet, 3, "2", "Tổ chức tuyên truyền, phổ biến giáo dục pháp luật đầy đủ, kịp thời.", "Báo cáo",
                    "Định kỳ trong năm", "");
            row(sheet, 4, "", "Thường xuyên thực hiện rà soát các văn bản quy phạm pháp luật.", "Báo cáo",
                    "Định kỳ trong năm", "");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 4, 4));
            sheet.getRow(3).getCell(4).setCellValue("Sở Tư pháp chủ trì; các sở, ban, ngành tỉnh phối hợp");
            book.write(out);
        }

        ImportResult result = Seeds.importer().importFile(file, 2024);

        assertThat(result.items()).hasSize(3);
        AppendixRow first = result.items().get(0);
        assertThat(first.section()).isEqualTo("II. CẢI CÁCH THỂ CHẾ");
        assertThat(first.lead()).containsExactly("Sở Tư pháp");
        assertThat(first.leadAgencies()).containsExactly("so-tu-phap");
        assertThat(first.coordinators()).containsExactly("các cơ quan liên quan");
        assertThat(first.product()).isEqualTo("Kế hoạch được ban hành");
        assertThat(first.deadline().text()).isEqualTo("Tháng 01/2024");
        AppendixRow mergedCell = result.items().get(2);
        assertThat(mergedCell.leadAgencies()).containsExactly("so-tu-phap");
        assertThat(mergedCell.coordinators()).containsExactly("các sở, ban, ngành tỉnh");
        assertThat(mergedCell.coordinatorAgencies()).contains("so-noi-vu", "van-phong-ubnd");
    }

    @Test
    void csvWithQuotedCellsSpanningLines() throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        csv.append("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH,,,,,\n");
        for (List<String> row : ROWS) {
            if (row == ROWS.get(2)) {
                csv.append("II. CẢI CÁCH THỂ CHẾ,,,,,\n");
            }
            csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("; ", ";\n") + "\"").toList()))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("phu-luc.csv"), csv);

        ImportResult result = Seeds.importer().importFile(file, 2024);

        assertThat(result.items()).extracting(AppendixRow::stt).containsExactly("1", "2", "14");
        assertSeedRows(result);
    }

    private static void assertSeedRows(ImportResult result) {
        AppendixRow first = result.items().get(0);
        assertThat(first.section()).isEqualTo("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH");
        assertThat(first.task()).isEqualTo(ROWS.get(0).get(1));
        assertThat(first.leadAgencies()).containsExactly("so-noi-vu");
        assertThat(first.coordinators()).containsExactly("Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã");
        assertThat(first.deadlineText()).isEqualTo("Quý IV/2023");
        AppendixRow justice = result.items().get(2);
        assertThat(justice.section()).isEqualTo("II. CẢI CÁCH THỂ CHẾ");
        assertThat(justice.leadAgencies()).containsExactly("so-tu-phap");
        assertThat(justice.product()).isEqualTo("Kế hoạch được ban hành");
        assertThat(justice.deadlineText()).isEqualTo("Tháng 01/2024");
    }

    private static void fill(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
