package vn.cchc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;
import vn.cchc.shared.Texts;

/**
 * Decides, from the program arguments, whether the jar runs a command-line tool or starts the server, and
 * dispatches the tools; none of them starts Spring.
 *
 * <p>No argument, or only Spring Boot options ({@code --server.port=8087}), starts the server: that is the documented
 * run. A known command runs its tool. {@code --help}, {@code -h}, {@code help} and any other word print the usage and
 * exit non-zero, so that a typo never starts a whole server by surprise.
 */
public final class CliCommands {

    /** Exit code of a misuse: unknown command, help asked, missing or bad argument. */
    public static final int USAGE_EXIT = 2;

    private static final Set<String> COMMANDS = Set.of("deadlines", "calendar", "import");
    private static final Set<String> HELP = Set.of("--help", "-h", "help", "-help", "-?", "/?");

    static final String USAGE = Texts.get("cli.usage");

    private CliCommands() {
    }

    public static boolean isCommand(String name) {
        return COMMANDS.contains(name);
    }

    /**
     * Runs the tool the arguments name and returns its exit code, or empty when the arguments mean "start the
     * server" (none, or only options beginning with {@code --} other than {@code --help}).
     */
    public static OptionalInt runIfCommand(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String first = args[0];
        if (HELP.contains(first)) {
            out.println(USAGE);
            out.flush();
            return OptionalInt.of(USAGE_EXIT);
        }
        if (isCommand(first)) {
            return OptionalInt.of(run(args, in, out, err));
        }
        if (first.startsWith("--") && Arrays.stream(args).noneMatch(HELP::contains)) {
            return OptionalInt.empty();
        }
        if (!first.startsWith("--")) {
            err.println(Texts.get("cli.unknownCommand", first));
        }
        err.println(USAGE);
        err.flush();
        return OptionalInt.of(USAGE_EXIT);
    }

    /** Runs the command named by {@code args[0]} and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.stream(rest).anyMatch(HELP::contains)) {
            out.println(USAGE);
            out.flush();
            return USAGE_EXIT;
        }
        return switch (args[0]) {
            case "deadlines" -> DeadlinesCommand.run(rest, in, out, err);
            case "calendar" -> CalendarCommand.run(rest, out, err);
            case "import" -> ImportCommand.run(rest, out, err);
            default -> throw new IllegalArgumentException(args[0]);
        };
    }
}
