package vn.cchc.cli;

import java.util.Arrays;
import java.util.Set;

/** Dispatches the command-line tools; none of them starts Spring. */
public final class CliCommands {

    private static final Set<String> COMMANDS = Set.of("deadlines", "calendar", "import");

    private CliCommands() {
    }

    public static boolean isCommand(String name) {
        return COMMANDS.contains(name);
    }

    /** Runs the command named by {@code args[0]} and returns the process exit code. */
    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "deadlines" -> DeadlinesCommand.run(rest, System.in, System.out, System.err);
            case "calendar" -> CalendarCommand.run(rest, System.out, System.err);
            case "import" -> ImportCommand.run(rest, System.out, System.err);
            default -> throw new IllegalArgumentException(args[0]);
        };
    }
}
