package vn.cchc.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a reader collects, within the {@link ReaderLimits}: every reader asks here before it allocates (how many
 * rows a table or sheet brings, how many cells a row or a span needs, how long a cell is), so a hostile file is
 * refused by its numbers, not by the heap running out.
 */
final class BoundedRows {

    private final ReaderLimits limits;
    private final String file;
    private final List<RawRow> rows = new ArrayList<>();
    private long chars;

    BoundedRows(ReaderLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    ReaderLimits limits() {
        return limits;
    }

    /** Before reading a table or sheet of {@code more} rows. */
    void expectRows(long more) {
        if (rows.size() + more > limits.maxRows()) {
            throw ImportException.of("importer.reader.tooManyRows", file, limits.maxRows());
        }
    }

    /** Before giving a row {@code cells} cells (spans counted). */
    void expectCells(int sourceRow, long cells) {
        if (cells > limits.maxCellsPerRow()) {
            throw ImportException.of("importer.reader.tooManyCells", file, sourceRow, cells,
                    limits.maxCellsPerRow());
        }
    }

    /** Before a cell spanning {@code span} grid columns is added to a row that has {@code have} cells. */
    void expectSpan(int sourceRow, int have, BigInteger span) {
        if (span.compareTo(BigInteger.valueOf((long) limits.maxCellsPerRow() - have)) > 0) {
            throw ImportException.of("importer.reader.spanTooWide", file, sourceRow, span.toString(),
                    limits.maxCellsPerRow());
        }
    }

    /** The cleaned text of a cell, refused when the raw text is longer than a cell may be. */
    String cell(int sourceRow, String raw) {
        expectCellLength(sourceRow, raw == null ? 0 : raw.length());
        return CellText.clean(raw);
    }

    void expectCellLength(int sourceRow, long length) {
        if (length > limits.maxCellChars()) {
            throw ImportException.of("importer.reader.cellTooLong", file, sourceRow, length, limits.maxCellChars());
        }
    }

    void add(RawRow row) {
        expectRows(1);
        expectCells(row.sourceRow(), row.cells().size());
        for (String cell : row.cells()) {
            chars += cell.length();
        }
        if (chars > limits.maxTotalChars()) {
            throw ImportException.of("importer.reader.tooMuchText", file, limits.maxTotalChars());
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    List<RawRow> rows() {
        return rows;
    }
}
