package vn.cchc.importer;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
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
 * merged cell gives its value to every row it spans. Rows are numbered across all tables.
 */
final class DocxTableReader {

    private DocxTableReader() {
    }

    static SourceDocument read(byte[] bytes, Path file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<RawRow> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int number = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    List<String> above = List.of();
                    for (XWPFTableRow row : table.getRows()) {
                        RawRow raw = readRow(row, above, ++number);
                        rows.add(raw);
                        above = raw.cells();
                    }
                }
            }
            return new SourceDocument(rows, text.toString());
        } catch (Exception e) {
            throw new ImportException("Tệp DOCX " + file.getFileName() + " bị hỏng hoặc không đầy đủ, không đọc được ("
                    + e.getClass().getSimpleName() + "). Không có bảng nhiệm vụ nào được nhập.", e);
        }
    }

    private static RawRow readRow(XWPFTableRow row, List<String> above, int number) {
        List<String> cells = new ArrayList<>();
        boolean sttMerged = false;
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            boolean continued = properties != null && properties.getVMerge() != null
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            int column = cells.size();
            String value = continued ? (column < above.size() ? above.get(column) : "") : CellText.clean(text(cell));
            sttMerged |= continued && column == 0;
            cells.add(value);
            for (int i = 1; i < span; i++) {
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
