package vn.cchc.cli;

import java.io.PrintStream;

/** {@code calendar --year N}: prints the year's days off and make-up working days. (stub) */
final class CalendarCommand {
    private CalendarCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("calendar: chưa được xây dựng");
        return 2;
    }
}
