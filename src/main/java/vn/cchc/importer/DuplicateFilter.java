package vn.cchc.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.agency.TextFold;
import vn.cchc.shared.Texts;

/**
 * Drops rows the table holds twice (a row repeated by the converter, or a whole table repeated as in seed 003)
 * and reports them; flags numbers used twice in one section.
 */
final class DuplicateFilter {

    private final Map<String, Integer> seenRows = new HashMap<>();
    private final Map<String, Integer> seenNumbers = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    /** Whether the row repeats one already accepted (records nothing). */
    boolean isKnown(TaskRow row) {
        return seenRows.containsKey(key(row));
    }

    private static String key(TaskRow row) {
        return TextFold.key(String.join("|", row.task(), row.get(Column.LEAD), row.get(Column.ASSIGNMENT),
                row.get(Column.COORDINATORS), row.get(Column.PRODUCT), row.get(Column.DEADLINE)));
    }

    /** True when the item is new; false (and a problem recorded) when it repeats an earlier row. */
    boolean accept(TaskRow row, List<String> itemProblems) {
        Integer first = seenRows.putIfAbsent(key(row), row.sourceRow);
        if (first != null) {
            problems.add(Texts.get("importer.note.duplicateRow", row.sourceRow, first));
            return false;
        }
        if (!row.sttMerged && !row.stt.isEmpty()) {
            Integer earlier = seenNumbers.putIfAbsent(TextFold.key(row.section) + "|" + row.stt, row.sourceRow);
            if (earlier != null) {
                itemProblems.add(row.section.isEmpty()
                        ? Texts.get("importer.note.duplicateStt", row.sourceRow, row.stt, earlier)
                        : Texts.get("importer.note.duplicateSttInSection", row.sourceRow, row.stt, earlier, row.section));
            }
        }
        return true;
    }
}
