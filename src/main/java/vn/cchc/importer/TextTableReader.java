package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.agency.TextFold;

/**
 * Reads the appendix table of a plan converted to plain text: tab-separated rows (page breaks repeat the header)
 * or a table flattened one cell per line with "|" lines between cells.
 */
final class TextTableReader {

    private TextTableReader() {
    }

    static List<RawRow> read(String content) {
        String[] lines = content.replace("\r", "").split("\n", -1);
        int start = appendixStart(lines);
        long pipes = 0;
        for (int i = start; i < lines.length; i++) {
            if (lines[i].trim().equals("|")) {
                pipes++;
            }
        }
        long tabs = 0;
        for (int i = start; i < lines.length; i++) {
            if (lines[i].indexOf('\t') >= 0) {
                tabs++;
            }
        }
        return pipes > tabs ? FlatCellReader.read(lines, start) : tabRows(lines, start);
    }

    /** The line where the appendix ("Phụ lục") begins, or 0 when the document has no such heading. */
    static int appendixStart(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String folded = TextFold.key(CellText.clean(lines[i]));
            if (folded.startsWith("phu luc") && hasHeaderAfter(lines, i)) {
                return i;
            }
        }
        return 0;
    }

    private static boolean hasHeaderAfter(String[] lines, int from) {
        for (int i = from; i < Math.min(lines.length, from + 40); i++) {
            String folded = TextFold.key(lines[i]);
            if (folded.equals("stt") || folded.startsWith("stt\t") || folded.startsWith("stt |")) {
                return true;
            }
        }
        return false;
    }

    private static List<RawRow> tabRows(String[] lines, int start) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = start; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : lines[i].split("\t", -1)) {
                cells.add(CellText.clean(cell));
            }
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(new RawRow(i + 1, cells));
        }
        return rows;
    }
}
