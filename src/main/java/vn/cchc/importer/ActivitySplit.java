package vn.cchc.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.cchc.agency.TextFold;
import vn.cchc.shared.Texts;

/**
 * One item per activity in a wide table (issue 14, class 7). Seed 003 and DOCX plans put several activities in one
 * "Hoạt động" cell, one paragraph each, with matching paragraphs in the product, lead, partner and time cells. Each
 * activity becomes its own row: a cell with as many paragraphs as the activity cell gives each activity its own
 * paragraph; a cell with one value (or the same value in every paragraph) is shared; a cell whose paragraphs do not
 * line up is shared as a whole (its distinct paragraphs joined by "; ") and the row says so. Done after reading, on
 * the cells the readers kept paragraph marks in ({@link CellText#PARAGRAPH}).
 */
final class ActivitySplit {

    private static final List<Column> SPLIT = List.of(Column.ACTIVITY, Column.PRODUCT, Column.LEAD,
            Column.COORDINATORS, Column.ASSIGNMENT, Column.DEADLINE, Column.BUDGET, Column.NOTE);
    /** Agency cells: a repeated name is said once ("Phòng VH-XH" four times is one lead). */
    private static final List<Column> AGENCIES = List.of(Column.LEAD, Column.COORDINATORS, Column.ASSIGNMENT);

    private ActivitySplit() {
    }

    /**
     * The rows {@code row} stands for: itself when it lists one activity, else one per activity. {@code asRead} are
     * the table's rows as read, with paragraph marks, by source row.
     */
    static List<TaskRow> split(TaskRow row, Map<Integer, RawRow> asRead, ColumnMap columns) {
        if (!columns.wide() || !hasParagraphsOrContinuations(row, asRead)) {
            return List.of(row);
        }
        Map<Column, List<String>> paragraphs = new EnumMap<>(Column.class);
        for (Column column : SPLIT) {
            if (columns.has(column)) {
                paragraphs.put(column, paragraphsOf(row, column, asRead, columns));
            }
        }
        List<String> activities = paragraphs.getOrDefault(Column.ACTIVITY, List.of());
        int n = row.taskSource == Column.ACTIVITY ? activities.size() : 1;
        if (n < 2) {
            dedupeAgencies(row, paragraphs);
            return List.of(row);
        }
        List<String> unaligned = new ArrayList<>();
        for (Column column : SPLIT) {
            List<String> p = paragraphs.get(column);
            if (p != null && p.size() > 1 && p.size() != n && new LinkedHashSet<>(p).size() > 1) {
                unaligned.add(Texts.get("importer.split.unalignedCell", columns.header(column),
                        String.valueOf(p.size())));
            }
        }
        List<TaskRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TaskRow part = row.copy();
            for (Map.Entry<Column, List<String>> e : paragraphs.entrySet()) {
                part.put(e.getKey(), valueFor(e.getValue(), i, n, row.get(e.getKey())));
            }
            part.sttMerged = true;
            String at = String.valueOf(row.sourceRow);
            String activity = columns.header(Column.ACTIVITY);
            part.splitNote = unaligned.isEmpty()
                    ? Texts.get("importer.split.note", at, activity, String.valueOf(n), String.valueOf(i + 1))
                    : Texts.get("importer.split.noteShared", at, activity, String.valueOf(n),
                            String.valueOf(i + 1), String.join(", ", unaligned));
            rows.add(part);
        }
        return rows;
    }

    private static boolean hasParagraphsOrContinuations(TaskRow row, Map<Integer, RawRow> asRead) {
        if (!row.continuations.isEmpty()) {
            return true;
        }
        RawRow raw = asRead.get(row.sourceRow);
        return raw != null && raw.cells().stream().anyMatch(c -> c != null && c.indexOf(CellText.PARAGRAPH) >= 0);
    }

    /** Paragraph {@code i} of {@code n} when the cell lines up, else the shared value. */
    private static String valueFor(List<String> p, int i, int n, String whole) {
        if (p.size() == n) {
            return p.get(i);
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(p);
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        return p.isEmpty() ? whole : String.join("; ", distinct);
    }

    private static void dedupeAgencies(TaskRow row, Map<Column, List<String>> paragraphs) {
        for (Column column : AGENCIES) {
            List<String> p = paragraphs.get(column);
            if (p != null && !p.isEmpty()) {
                String joined = String.join("; ", new LinkedHashSet<>(p));
                if (!joined.equals(row.get(column))) {
                    row.put(column, joined);
                }
            }
        }
    }

    /**
     * The paragraphs of the row's value in {@code column}, over the row and the rows glued to it after a page
     * break: a glued cell with paragraph marks starts new paragraphs, one without continues the last paragraph
     * (a paragraph cut by the page), and in agency cells a glued name equal to one already there (a page's repeated
     * cell) is dropped. When the pieces do not give back the row's value, the value is one paragraph.
     */
    private static List<String> paragraphsOf(TaskRow row, Column column, Map<Integer, RawRow> asRead,
                                             ColumnMap columns) {
        String value = row.get(column);
        List<String> p = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        sources.add(row.sourceRow);
        sources.addAll(row.continuations);
        boolean agencies = AGENCIES.contains(column);
        for (int i = 0; i < sources.size(); i++) {
            RawRow raw = asRead.get(sources.get(i));
            if (raw == null) {
                return value.isEmpty() ? List.of() : List.of(value);
            }
            String cell = columns.get(raw, column).trim();
            if (cell.isEmpty()) {
                continue;
            }
            pieces.add(CellText.flat(cell));
            List<String> own = CellText.paragraphs(cell);
            boolean glued = i > 0 && !p.isEmpty();
            if (glued && agencies && own.stream().allMatch(p::contains)) {
                continue;
            }
            if (glued && cell.indexOf(CellText.PARAGRAPH) < 0) {
                p.set(p.size() - 1, p.get(p.size() - 1) + " " + own.get(0));
            } else {
                p.addAll(own);
            }
        }
        if (!TextFold.clean(String.join(" ", pieces)).equals(value)) {
            return value.isEmpty() ? List.of() : List.of(value);
        }
        return p;
    }
}
