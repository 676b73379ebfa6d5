package vn.cchc.importer;

import java.util.List;

/**
 * One table row as a reader found it. {@code sourceRow} is the line (text, CSV) or row (XLSX, DOCX) number a user
 * can find in the file; {@code sttMerged} says the STT cell was merged with the row above (DOCX vertical merge,
 * a missing STT cell in a flattened table), so the same number is expected.
 */
public record RawRow(int sourceRow, List<String> cells, boolean sttMerged) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public RawRow(int sourceRow, List<String> cells) {
        this(sourceRow, cells, false);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    public long filledCells() {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }
}
