package vn.cchc.importer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every sheet of an XLSX workbook; a vertically merged cell gives its value to every row it spans. The
 * package is checked first ({@link PackageCheck}: rows and merged regions are counted there, before POI parses
 * the sheets), and a row is read only as far as the last column allowed: cells are
 * visited as stored (a lone cell in column XFD does not make 16,384 cells), data beyond that column is refused,
 * empty formatted cells there are ignored.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static SourceDocument read(byte[] bytes, String file, ReaderLimits limits) {
        PackageCheck.check(bytes, file, "XLSX", limits);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            BoundedRows rows = new BoundedRows(limits, file);
            StringBuilder text = new StringBuilder();
            int columns = limits.maxCellsPerRow();
            for (Sheet sheet : workbook) {
                rows.expectRows(sheet.getPhysicalNumberOfRows());
                MergedCells merged = new MergedCells(sheet.getMergedRegions(), columns);
                for (Row row : sheet) {
                    int number = row.getRowNum() + 1;
                    refuseDataBeyond(row, columns, formatter, file, sheet.getSheetName(), rows);
                    int width = Math.min(Math.max(0, row.getLastCellNum()), columns);
                    List<String> cells = new ArrayList<>(width);
                    boolean sttMerged = false;
                    for (int c = 0; c < width; c++) {
                        CellRangeAddress region = merged.startedAbove(row.getRowNum(), c);
                        Cell cell;
                        if (region != null) {
                            Row top = sheet.getRow(region.getFirstRow());
                            cell = top == null ? null : top.getCell(c);
                            sttMerged |= c == 0;
                        } else {
                            cell = row.getCell(c);
                        }
                        cells.add(cell == null ? "" : rows.cell(number, formatter.formatCellValue(cell)));
                    }
                    if (row.getLastCellNum() > columns) {
                        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                            cells.remove(cells.size() - 1);
                        }
                    }
                    rows.add(new RawRow(number, cells, sttMerged));
                    if (text.length() < SourceDocument.TEXT_FOR_YEAR) {
                        text.append(String.join(" ", cells)).append('\n');
                    }
                }
            }
            return new SourceDocument(rows.rows(), text.toString());
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            throw ImportException.of(e, "importer.reader.damaged", "XLSX", file, e.getClass().getSimpleName());
        }
    }

    /** Cells stored right of the last column read: refused when they hold data, ignored when empty. */
    private static void refuseDataBeyond(Row row, int columns, DataFormatter formatter, String file, String sheet,
                                         BoundedRows rows) {
        if (row.getLastCellNum() <= columns) {
            return;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= columns && !formatter.formatCellValue(cell).isBlank()) {
                throw ImportException.of("importer.reader.columnTooFar", file, sheet, row.getRowNum() + 1,
                        CellReference.convertNumToColString(cell.getColumnIndex()), cell.getColumnIndex() + 1,
                        columns);
            }
        }
    }
}
