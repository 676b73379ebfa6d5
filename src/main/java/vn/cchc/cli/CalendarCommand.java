package vn.cchc.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Args parsed = Args.parse("calendar", args);
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

    /** The arguments shared by {@code deadlines} and {@code calendar}: {@code --year N [--calendar DIR]}. */
    record Args(int year, Path calendarDir, boolean calendarGiven) {

        static final Path DEFAULT_CALENDAR_DIR = Path.of("config", "calendar");

        /** @throws IllegalArgumentException with a Vietnamese message for the user */
        static Args parse(String command, String[] args) {
            Integer year = null;
            Path dir = DEFAULT_CALENDAR_DIR;
            boolean dirGiven = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--year" -> year = parseYear(command, value(command, args, ++i, arg));
                    case "--calendar" -> {
                        dir = Path.of(value(command, args, ++i, arg));
                        dirGiven = true;
                    }
                    default -> throw new IllegalArgumentException(command + ": tham số không hợp lệ: " + arg
                            + "\nCách dùng: " + command + " --year <năm> [--calendar <thư mục>]");
                }
            }
            if (year == null) {
                throw new IllegalArgumentException(command + ": thiếu tham số --year <năm>"
                        + "\nCách dùng: " + command + " --year <năm> [--calendar <thư mục>]");
            }
            if (dirGiven && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException(command + ": không tìm thấy thư mục lịch: " + dir);
            }
            return new Args(year, dir, dirGiven);
        }

        WorkingCalendar loadCalendar() {
            try {
                return WorkingCalendar.load(calendarDir);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Tệp cấu hình lịch không hợp lệ: " + e.getMessage(), e);
            }
        }

        private static String value(String command, String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(command + ": thiếu giá trị cho " + name);
            }
            return args[i];
        }

        private static int parseYear(String command, String text) {
            try {
                int year = Integer.parseInt(text.trim());
                if (year >= 1900 && year <= 2200) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(command + ": năm không hợp lệ: " + text + " (cần số từ 1900 đến 2200)");
        }
    }
}
