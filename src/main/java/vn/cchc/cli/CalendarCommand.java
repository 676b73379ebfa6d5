package vn.cchc.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.Locale;

import vn.cchc.deadline.CalendarDay;
import vn.cchc.deadline.CalendarYear;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.Texts;

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
        out.println(Texts.get("cli.calendar.title", String.valueOf(year.year())));
        if (year.hasOfficialAnnouncement()) {
            out.println(Texts.get("cli.calendar.official", year.officialFile().orElse("")));
            year.note().ifPresent(n -> out.println(Texts.get("cli.calendar.note", n)));
        } else {
            out.println(Texts.get("cli.calendar.noOfficial", String.valueOf(year.year())));
        }
        out.println(Texts.get("cli.calendar.computed", String.join(", ", year.computedGroups())));
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
                    default -> throw new IllegalArgumentException(Texts.get("cli.args.invalid", command, arg));
                }
            }
            if (year == null) {
                throw new IllegalArgumentException(Texts.get("cli.args.noYear", command));
            }
            if (dirGiven && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException(Texts.get("cli.args.noCalendarDir", command, dir));
            }
            return new Args(year, dir, dirGiven);
        }

        WorkingCalendar loadCalendar() {
            try {
                return WorkingCalendar.load(calendarDir);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Texts.get("cli.args.calendarInvalid", e.getMessage()), e);
            }
        }

        private static String value(String command, String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(Texts.get("cli.args.noValue", command, name));
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
            throw new IllegalArgumentException(Texts.get("cli.args.badYear", command, text));
        }
    }
}
