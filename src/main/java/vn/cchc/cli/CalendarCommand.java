package vn.cchc.cli;

import java.io.PrintStream;
import java.time.format.TextStyle;
import java.util.Locale;

import vn.cchc.deadline.CalendarDay;
import vn.cchc.deadline.CalendarYear;
import vn.cchc.deadline.WorkingCalendar;

/** {@code calendar --year N [--calendar DIR]}: prints the year's days off and make-up working days. */
final class CalendarCommand {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private CalendarCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CalendarYear year;
        try {
            CalendarArgs parsed = CalendarArgs.parse("calendar", args);
            year = parsed.loadCalendar().year(parsed.year());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        out.println("Lịch làm việc năm " + year.year());
        if (year.hasOfficialAnnouncement()) {
            out.println("Thông báo chính thức: " + year.officialFile().orElse(""));
            year.note().ifPresent(n -> out.println("Ghi chú: " + n));
        } else {
            out.println("Năm " + year.year() + " chưa có thông báo chính thức được xác nhận; "
                    + "dùng ngày nghỉ tính mặc định theo Bộ luật Lao động 2019.");
        }
        out.println("Tính mặc định: " + String.join(", ", year.computedGroups()));
        for (CalendarDay day : year.notableDays()) {
            out.println(day.date() + " " + weekday(day) + " | " + day.type().label() + " | " + day.name()
                    + " | " + day.source());
        }
        out.flush();
        return 0;
    }

    private static String weekday(CalendarDay day) {
        return day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, VI);
    }
}
