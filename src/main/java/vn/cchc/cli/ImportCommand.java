package vn.cchc.cli;

import java.io.PrintStream;

/** {@code import --dry-run [--year N] [--agencies FILE] FILE}: prints one JSON object per plan item. (stub) */
final class ImportCommand {
    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("import: chưa được xây dựng");
        return 2;
    }
}
