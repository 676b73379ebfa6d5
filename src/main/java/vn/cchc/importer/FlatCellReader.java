package vn.cchc.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds the rows of a table flattened one cell per line ("|" between cells, seed 001). The header gives the
 * number of columns; a row without its STT cell (merged with the row above) has one cell less; a group row
 * followed by lettered sub-rows has only STT and task.
 */
final class FlatCellReader {

    private record Cell(String text, int line) {
    }

    private FlatCellReader() {
    }

    static void read(String[] lines, int start, BoundedRows rows) {
        List<Cell> cells = cells(lines, start, rows);
        int first = 0;
        while (first < cells.size() && ColumnMap.classify(fold(cells.get(first).text())).filter(c -> c == Column.STT)
                .isEmpty()) {
            first++;
        }
        int width = 0;
        while (first + width < cells.size()
                && ColumnMap.classify(fold(cells.get(first + width).text())).isPresent()) {
            width++;
        }
        if (width < 3) {
            return;
        }
        rows.expectCells(cells.get(first).line(), width);
        rows.add(row(cells, first, width, null));
        int k = first + width;
        String lastStt = "";
        while (k < cells.size()) {
            Cell cell = cells.get(k);
            String text = cell.text();
            if (text.isEmpty()) {
                k++;
            } else if (isHeading(cells, k)) {
                String numeral = CellText.romanNumeral(text);
                String title = CellText.afterRoman(text);
                if (title.isEmpty() && k + 1 < cells.size()) {
                    title = cells.get(++k).text();
                }
                rows.add(new RawRow(cell.line(), List.of(numeral + ". " + title)));
                k++;
            } else if (CellText.isStt(text)) {
                lastStt = text;
                boolean groupRow = k + 2 < cells.size() && cells.get(k + 2).text().matches("[a-zđ]\\)");
                int take = groupRow ? 2 : width;
                rows.add(row(cells, k, take, null));
                k += take;
            } else {
                rows.add(row(cells, k, width - 1, lastStt));
                k += width - 1;
            }
        }
    }

    private static boolean isHeading(List<Cell> cells, int k) {
        String text = cells.get(k).text();
        String numeral = CellText.romanNumeral(text);
        if (numeral == null) {
            return false;
        }
        String title = CellText.afterRoman(text);
        if (!title.isEmpty()) {
            return CellText.isTitle(title);
        }
        return k + 1 < cells.size() && CellText.isTitle(cells.get(k + 1).text());
    }

    private static RawRow row(List<Cell> cells, int from, int count, String mergedStt) {
        List<String> values = new ArrayList<>();
        if (mergedStt != null) {
            values.add(mergedStt);
        }
        for (int i = from; i < Math.min(cells.size(), from + count); i++) {
            values.add(cells.get(i).text());
        }
        values.addAll(Collections.nCopies(Math.max(0, count + (mergedStt != null ? 1 : 0) - values.size()), ""));
        return new RawRow(cells.get(from).line(), values, mergedStt != null);
    }

    /** The cells, at most as many as the largest table allowed holds, none longer than a cell may be. */
    private static List<Cell> cells(String[] lines, int start, BoundedRows rows) {
        long most = (long) rows.limits().maxRows() * rows.limits().maxCellsPerRow();
        List<Cell> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int firstLine = -1;
        for (int i = start; i < lines.length; i++) {
            if (cells.size() > most) {
                rows.expectRows(rows.limits().maxRows() + 1L);
            }
            if (lines[i].trim().equals("|")) {
                cells.add(new Cell(CellText.clean(current.toString()), firstLine < 0 ? i + 1 : firstLine));
                current.setLength(0);
                firstLine = -1;
            } else if (!lines[i].isBlank()) {
                if (fold(lines[i]).equals("stt") && !current.isEmpty()) {
                    cells.add(new Cell(CellText.clean(current.toString()), firstLine));
                    current.setLength(0);
                    firstLine = -1;
                }
                if (firstLine < 0) {
                    firstLine = i + 1;
                }
                current.append(lines[i]).append(' ');
                rows.expectCellLength(firstLine, current.length() - 1);
            }
        }
        if (!current.isEmpty()) {
            cells.add(new Cell(CellText.clean(current.toString()), firstLine));
        }
        return cells;
    }

    private static String fold(String text) {
        return Optional.ofNullable(text).map(vn.cchc.agency.TextFold::key).orElse("");
    }
}
