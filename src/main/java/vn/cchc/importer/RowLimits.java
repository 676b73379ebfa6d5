package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;

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
            String at = "Dòng " + item.sourceRow() + ", cột ";
            if (item.task() == null || item.task().isBlank()) {
                failures.add(at + "Nhiệm vụ: ô trống, không có nội dung nhiệm vụ.");
            }
            check(failures, at + "Nhiệm vụ", item.task(), 4000);
            check(failures, at + "STT", item.stt(), 30);
            check(failures, at + "Cơ quan chủ trì", String.join("; ", item.lead()), 2000);
            check(failures, at + "Cơ quan phối hợp", String.join("; ", item.coordinators()), 2000);
            check(failures, at + "Sản phẩm", item.product(), 2000);
            check(failures, at + "Thời gian", item.deadlineText(), 1000);
            check(failures, at + "mục (tiêu đề phần)", item.section(), 1000);
            check(failures, at + "Mục tiêu", item.objective(), 4000);
            check(failures, at + "Nhiệm vụ lớn", item.parentTask(), 4000);
        }
        return failures;
    }

    private static void check(List<String> failures, String where, String text, int max) {
        if (text != null && text.length() > max) {
            failures.add(where + ": nội dung dài " + text.length() + " ký tự, vượt giới hạn " + max
                    + " ký tự (có thể nhiều ô bị gộp khi chuyển đổi tệp).");
        }
    }
}
