package vn.cchc.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.Doubt;

/**
 * Every doubt the deadline parser had about a cell, as a note on the item's row (issue 14, class 8: no silent
 * guess). A date before the plan year also says that it is not deployed until SNV confirms or corrects it.
 */
final class DeadlineNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DeadlineNotes() {
    }

    /** {@code at} names the row and column ("Dòng 12, cột Thời gian hoàn thành"). */
    static List<String> of(String at, String text, Deadline deadline, int planYear) {
        List<String> notes = new ArrayList<>();
        String quoted = "'" + text.replaceAll("\\s+", " ").trim() + "'";
        for (Doubt doubt : deadline.doubts()) {
            switch (doubt) {
                case EARLY_DATE -> notes.add(at + ": thời hạn " + quoted + " có ngày " + early(deadline, planYear)
                        + " trước năm kế hoạch " + planYear + "; cần xác nhận hạn: ngày này chưa được giao cho đến "
                        + "khi Sở Nội vụ xác nhận hoặc sửa (trang theo dõi nhiệm vụ, đặt thời hạn).");
                case KIND_BY_PRECEDENCE -> notes.add(at + ": thời hạn " + quoted + " vừa có nghĩa thường xuyên/định "
                        + "kỳ/sau sự kiện/theo quy định; đã ưu tiên loại '" + kindName(deadline) + "', cần kiểm tra lại.");
                case HOLIDAY_YEAR_ASSUMED -> notes.add(at + ": thời hạn " + quoted + " không ghi năm dương lịch của "
                        + "ngày lễ; đã lấy " + dates(deadline) + ", cần kiểm tra lại.");
                case BEFORE_HOLIDAY_BREAK -> notes.add(at + ": thời hạn " + quoted + " là ngày trước dịp lễ ("
                        + dates(deadline) + "); nếu ngày này nằm trong kỳ nghỉ lễ, hạn sẽ lùi sang ngày làm việc đầu "
                        + "tiên sau kỳ nghỉ: cần kiểm tra và đặt lại hạn nếu cần.");
                case HOLIDAY_YEAR_MISMATCH -> notes.add(at + ": thời hạn " + quoted + " có tên năm âm lịch không "
                        + "khớp với năm dương lịch ghi kèm; đã theo năm dương lịch (" + dates(deadline)
                        + "), cần kiểm tra lại.");
                case REFERENCE_DATE_IGNORED -> notes.add(at + ": ngày trong " + quoted + " là ngày ban hành của "
                        + "văn bản được dẫn, không phải thời hạn; không lấy làm hạn.");
                default -> { }
            }
        }
        return notes;
    }

    private static String early(Deadline deadline, int planYear) {
        List<LocalDate> all = new ArrayList<>(deadline.dates());
        deadline.byAgency().values().forEach(d -> all.addAll(d.dates()));
        return all.stream().filter(d -> d.getYear() < planYear).distinct().sorted().map(DAY::format)
                .collect(Collectors.joining(", "));
    }

    private static String dates(Deadline deadline) {
        return deadline.dates().stream().map(DAY::format).collect(Collectors.joining(", "));
    }

    private static String kindName(Deadline deadline) {
        return switch (deadline.kind()) {
            case ONGOING -> "thường xuyên";
            case RECURRING -> "định kỳ";
            case EVENT -> "sau sự kiện";
            case PER_REGULATION -> "theo quy định, văn bản hoặc yêu cầu khác";
            default -> deadline.kind().jsonName();
        };
    }
}
