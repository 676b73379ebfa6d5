package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.Texts;

/**
 * Rows that cannot be stored at all (no task text, a cell longer than its column): the import is refused whole,
 * naming each row and column. Everything else an import finds is a problem shown in the preview, not a failure.
 */
final class RowLimits {

    private RowLimits() {
    }

    static List<String> failures(List<AppendixRow> items) {
        List<String> failures = new ArrayList<>();
        for (AppendixRow item : items) {
            if (item.task() == null || item.task().isBlank()) {
                failures.add(Texts.get("importer.limit.emptyTask", at(item, "task")));
            }
            check(failures, item, "task", item.task(), 4000);
            check(failures, item, "stt", item.stt(), 30);
            check(failures, item, "lead", String.join("; ", item.lead()), 2000);
            check(failures, item, "coordinators", String.join("; ", item.coordinators()), 2000);
            check(failures, item, "product", item.product(), 2000);
            check(failures, item, "deadline", item.deadlineText(), 1000);
            check(failures, item, "section", item.section(), 1000);
            check(failures, item, "objective", item.objective(), 4000);
            check(failures, item, "parentTask", item.parentTask(), 4000);
        }
        return failures;
    }

    /** "Dòng 12, cột Sản phẩm": where a failure is, in the words of the file. */
    private static String at(AppendixRow item, String column) {
        return Texts.get("importer.limit.cell", item.sourceRow(), Texts.get("importer.limit.column." + column));
    }

    private static void check(List<String> failures, AppendixRow item, String column, String text, int max) {
        if (text != null && text.length() > max) {
            failures.add(Texts.get("importer.limit.tooLong", at(item, column), text.length(), max));
        }
    }
}
