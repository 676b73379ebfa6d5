package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (comma or semicolon, RFC 4180 quoting, cells spanning lines) into raw rows, each cell and row counted
 * against the limits as it is read (an unclosed quote or a line of delimiters is refused, not collected).
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static void read(String text, BoundedRows rows) {
        char delimiter = guessDelimiter(text);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                    if (cell.length() > rows.limits().maxCellChars()) {
                        rows.expectCellLength(rowStart, cell.length());
                    }
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == delimiter) {
                cells.add(rows.cell(rowStart, cell.toString()));
                rows.expectCells(rowStart, cells.size());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(rows.cell(rowStart, cell.toString()));
                rows.add(new RawRow(rowStart, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                line++;
                rowStart = line;
            } else if (c != '\r') {
                cell.append(c);
                if (cell.length() > rows.limits().maxCellChars()) {
                    rows.expectCellLength(rowStart, cell.length());
                }
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(rows.cell(rowStart, cell.toString()));
            rows.add(new RawRow(rowStart, cells));
        }
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
