package vn.cchc.importer;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads every sheet of an XLSX workbook; a vertically merged cell gives its value to every row it spans. */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static SourceDocument read(byte[] bytes, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            List<RawRow> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    boolean sttMerged = false;
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        CellRangeAddress merged = mergedRegion(sheet, row.getRowNum(), c);
                        Cell cell;
                        if (merged != null && merged.getFirstRow() != row.getRowNum() && merged.getFirstColumn() == c) {
                            cell = sheet.getRow(merged.getFirstRow()).getCell(c);
                            sttMerged |= c == 0;
                        } else {
                            cell = row.getCell(c);
                        }
                        cells.add(cell == null ? "" : CellText.clean(formatter.formatCellValue(cell)));
                    }
                    rows.add(new RawRow(row.getRowNum() + 1, cells, sttMerged));
                    text.append(String.join(" ", cells)).append('\n');
                }
            }
            return new SourceDocument(rows, text.toString());
        } catch (Exception e) {
            throw new ImportException("Tệp XLSX " + file.getFileName() + " bị hỏng hoặc không đầy đủ, không đọc được ("
                    + e.getClass().getSimpleName() + "). Không có bảng nhiệm vụ nào được nhập.", e);
        }
    }

    private static CellRangeAddress mergedRegion(Sheet sheet, int row, int column) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, column)) {
                return region;
            }
        }
        return null;
    }
}
