package vn.cchc.importer;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a DOCX in body order (a table split over pages, as one table with repeated header rows or
 * as several tables, becomes one row sequence). Horizontally merged cells keep their grid width; a vertically
 * merged cell gives its value to every row it spans. Rows are numbered across all tables. The package is checked
 * first ({@link PackageCheck}); rows, cells and spans are counted against the {@link ReaderLimits} before they
 * are allocated (a {@code gridSpan} of two billion is refused, not filled).
 */
final class DocxTableReader {

    private DocxTableReader() {
    }

    static SourceDocument read(byte[] bytes, String file, ReaderLimits limits) {
        PackageCheck.check(bytes, file, "DOCX", limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            BoundedRows rows = new BoundedRows(limits, file);
            StringBuilder text = new StringBuilder();
            int number = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (text.length() < SourceDocument.TEXT_FOR_YEAR) {
                        text.append(paragraph.getText()).append('\n');
                    }
                } else if (element instanceof XWPFTable table) {
                    rows.expectRows(table.getRows().size());
                    List<String> above = List.of();
                    for (XWPFTableRow row : table.getRows()) {
                        RawRow raw = readRow(row, above, ++number, rows);
                        rows.add(raw);
                        above = raw.cells();
                    }
                }
            }
            return new SourceDocument(rows.rows(), text.toString());
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            throw ImportException.of(e, "importer.reader.damaged", "DOCX", file, e.getClass().getSimpleName());
        }
    }

    private static RawRow readRow(XWPFTableRow row, List<String> above, int number, BoundedRows bounds) {
        List<XWPFTableCell> tableCells = row.getTableCells();
        bounds.expectCells(number, tableCells.size());
        List<String> cells = new ArrayList<>();
        boolean sttMerged = false;
        for (XWPFTableCell cell : tableCells) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            BigInteger span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal() : null;
            span = span == null ? BigInteger.ONE : span.max(BigInteger.ONE);
            bounds.expectSpan(number, cells.size(), span);
            boolean continued = properties != null && properties.getVMerge() != null
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            int column = cells.size();
            String value = continued ? (column < above.size() ? above.get(column) : "")
                    : bounds.cell(number, text(cell));
            sttMerged |= continued && column == 0;
            cells.add(value);
            for (int i = 1; i < span.intValue(); i++) {
                cells.add("");
            }
        }
        return new RawRow(number, cells, sttMerged);
    }

    /** The cell's paragraphs one per line (POI's getText() glues them together), so activities can be split. */
    private static String text(XWPFTableCell cell) {
        if (!cell.getTables().isEmpty()) {
            return cell.getText();
        }
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
}
