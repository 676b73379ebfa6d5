package vn.cchc.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.agency.TextFold;

/** Maps header cells to {@link Column}s by their meaning ("Kết quả/ Sản phẩm", "Tiến độ", "Phân công (…)"). */
public final class ColumnMap {

    private final Map<Column, Integer> indexes;
    private final Map<Column, String> headers;

    private ColumnMap(Map<Column, Integer> indexes, Map<Column, String> headers) {
        this.indexes = indexes;
        this.headers = headers;
    }

    /** The columns a header row names; empty when the row is not a task-table header. */
    public static Optional<ColumnMap> ofHeader(RawRow row) {
        Map<Column, Integer> indexes = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String text = TextFold.key(cells.get(i));
            if (text.length() > 80) {
                return Optional.empty();
            }
            Optional<Column> column = classify(text);
            if (column.isPresent() && !indexes.containsKey(column.get())) {
                indexes.put(column.get(), i);
                headers.put(column.get(), cells.get(i).trim());
            }
        }
        boolean looksLikeHeader = indexes.containsKey(Column.STT) && indexes.size() >= 3
                && (indexes.containsKey(Column.TASK) || indexes.containsKey(Column.ACTIVITY));
        return looksLikeHeader ? Optional.of(new ColumnMap(indexes, headers)) : Optional.empty();
    }

    static Optional<Column> classify(String folded) {
        String t = folded.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.equals("stt") || t.equals("tt") || t.equals("so tt") || t.equals("so thu tu")) {
            return Optional.of(Column.STT);
        }
        if (t.contains("phan cong") || (t.contains("chu tri") && t.contains("phoi hop"))) {
            return Optional.of(Column.ASSIGNMENT);
        }
        if (t.contains("chu tri")) {
            return Optional.of(Column.LEAD);
        }
        if (t.contains("phoi hop")) {
            return Optional.of(Column.COORDINATORS);
        }
        if (t.contains("muc tieu")) {
            return Optional.of(Column.OBJECTIVE);
        }
        if (t.contains("hoat dong")) {
            return Optional.of(Column.ACTIVITY);
        }
        if (t.contains("san pham") || t.contains("ket qua")) {
            return Optional.of(Column.PRODUCT);
        }
        if (t.contains("thoi gian") || t.contains("tien do") || t.contains("thoi han") || t.contains("han hoan thanh")) {
            return Optional.of(Column.DEADLINE);
        }
        if (t.contains("kinh phi")) {
            return Optional.of(Column.BUDGET);
        }
        if (t.contains("nhiem vu") || t.contains("noi dung") || t.equals("cong viec")) {
            return Optional.of(Column.TASK);
        }
        if (t.contains("ghi chu")) {
            return Optional.of(Column.NOTE);
        }
        return Optional.empty();
    }

    /** Refuses a table without the columns an item needs, naming the header row and what is missing. */
    public ColumnMap requireTaskColumns(int headerRow) {
        StringBuilder missing = new StringBuilder();
        if (!has(Column.TASK) && !has(Column.ACTIVITY)) {
            missing.append(", ").append(Column.TASK.label());
        }
        if (!has(Column.LEAD) && !has(Column.ASSIGNMENT)) {
            missing.append(", ").append(Column.LEAD.label());
        }
        if (!has(Column.DEADLINE)) {
            missing.append(", ").append(Column.DEADLINE.label());
        }
        if (!missing.isEmpty()) {
            throw ImportException.of("importer.table.missingColumns", headerRow, missing.substring(2));
        }
        return this;
    }

    public boolean has(Column column) {
        return indexes.containsKey(column);
    }

    public boolean wide() {
        return has(Column.ACTIVITY);
    }

    public String get(RawRow row, Column column) {
        Integer index = indexes.get(column);
        return index == null ? "" : row.cell(index);
    }

    public int index(Column column) {
        return indexes.getOrDefault(column, -1);
    }

    public int size() {
        return indexes.values().stream().mapToInt(i -> i + 1).max().orElse(0);
    }

    /** The header text of a column as the table writes it, for messages. */
    public String header(Column column) {
        return headers.getOrDefault(column, column.label());
    }
}
