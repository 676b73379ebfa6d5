package vn.cchc.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** {@code deadlines --year N}: one phrase per line on stdin, one JSON object per line on stdout. (stub) */
final class DeadlinesCommand {
    private DeadlinesCommand() {
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        err.println("deadlines: chưa được xây dựng");
        return 2;
    }
}
