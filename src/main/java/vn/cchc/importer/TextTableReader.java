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

    static void read(String content, BoundedRows rows) {
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
        if (pipes > tabs) {
            FlatCellReader.read(lines, start, rows);
        } else {
            tabRows(lines, start, rows);
        }
    }

    /** The line where the appendix ("Phụ lục") begins, or 0 when the document has no such heading. */
    static int appendixStart(String[] lines) {
        int nextHeader = -1;
        for (int i = 0; i < lines.length; i++) {
            String folded = TextFold.key(CellText.clean(lines[i]));
            if (folded.startsWith("phu luc")) {
                if (nextHeader < i) {
                    nextHeader = headerFrom(lines, i);
                }
                if (nextHeader < i + 40) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * The first header line ("STT" …) at or after {@code from}, or the end of the file: looked up once for a run of
     * "Phụ lục" lines, not 40 lines again for each of them.
     */
    private static int headerFrom(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String folded = TextFold.key(lines[i]);
            if (folded.equals("stt") || folded.startsWith("stt\t") || folded.startsWith("stt |")) {
                return i;
            }
        }
        return Integer.MAX_VALUE - 40;
    }

    private static void tabRows(String[] lines, int start, BoundedRows rows) {
        for (int i = start; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows.expectCells(i + 1, cellsBeforeTrailingTabs(lines[i]));
            List<String> cells = new ArrayList<>();
            for (String cell : lines[i].split("\t", -1)) {
                cells.add(rows.cell(i + 1, cell));
            }
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(new RawRow(i + 1, cells));
        }
    }

    /** The cells a line holds up to its last non-blank one (trailing empty cells are dropped anyway). */
    private static long cellsBeforeTrailingTabs(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        long tabs = 0;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs + 1;
    }
}
