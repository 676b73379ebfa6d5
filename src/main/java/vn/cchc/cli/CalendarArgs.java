package vn.cchc.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.cchc.deadline.WorkingCalendar;

/** The arguments shared by {@code deadlines} and {@code calendar}: {@code --year N [--calendar DIR]}. */
record CalendarArgs(int year, Path calendarDir, boolean calendarGiven) {

    static final Path DEFAULT_CALENDAR_DIR = Path.of("config", "calendar");

    /** @throws IllegalArgumentException with a Vietnamese message for the user */
    static CalendarArgs parse(String command, String[] args) {
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
        return new CalendarArgs(year, dir, dirGiven);
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
