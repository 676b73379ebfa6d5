package vn.cchc.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.VietnamTime;

/** Engine time in Vietnam and the dates officials enter in inspection forms. */
final class InspectionDates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private InspectionDates() {
    }

    /** A date from a form: a {@link Date}, ISO {@code 2024-05-14} (date picker) or {@code 14/05/2024}. */
    static LocalDate parse(Object value, String label) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(DueDates.ZONE).toLocalDate();
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw PlanInputException.of("inspection.form.missing", label);
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VN)
                    : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw PlanInputException.of("inspection.form.invalidDate", label, text);
        }
    }

    static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(DueDates.ZONE).toInstant());
    }
}
