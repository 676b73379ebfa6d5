package vn.cchc.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.Doubt;
import vn.cchc.shared.Texts;

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
        String quoted = text.replaceAll("\\s+", " ").trim();
        String year = String.valueOf(planYear);
        for (Doubt doubt : deadline.doubts()) {
            switch (doubt) {
                case EARLY_DATE -> notes.add(Texts.get("importer.deadline.earlyDate", at, quoted,
                        early(deadline, planYear), year));
                case KIND_BY_PRECEDENCE -> notes.add(Texts.get("importer.deadline.kindByPrecedence", at, quoted,
                        Texts.get("importer.deadline.kind." + deadline.kind().name())));
                case HOLIDAY_YEAR_ASSUMED -> notes.add(Texts.get("importer.deadline.holidayYearAssumed", at,
                        quoted, dates(deadline)));
                case BEFORE_HOLIDAY_BREAK -> notes.add(Texts.get("importer.deadline.beforeHolidayBreak", at,
                        quoted, dates(deadline)));
                case HOLIDAY_YEAR_MISMATCH -> notes.add(Texts.get("importer.deadline.holidayYearMismatch", at,
                        quoted, dates(deadline)));
                case REFERENCE_DATE_IGNORED -> notes.add(Texts.get("importer.deadline.referenceDateIgnored", at,
                        quoted));
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
}
