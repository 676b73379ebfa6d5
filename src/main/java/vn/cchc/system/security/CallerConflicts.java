package vn.cchc.system.security;

import java.util.regex.Pattern;

/**
 * Engine failures that are the state of the work, not a fault of the server: the REST API answers them with 500,
 * {@link EngineMessages} with 404 or 409 and a Vietnamese sentence, and {@code system.RefusalLogging} drops the REST
 * API's stack trace for them (one line is logged instead). One list for both, so they cannot drift apart.
 */
public final class CallerConflicts {

    /** A task already done (submitted again, or a second click that waited for the first), or never there: 404. */
    static final Pattern TASK_GONE =
            Pattern.compile("No matching task with id|Cannot find task with id|No task found for task id");
    /** The engine's optimistic locking: another transaction changed the same thing first (two claims at once): 409. */
    static final Pattern CONCURRENT_CHANGE =
            Pattern.compile("ENGINE-03005 .*Entity was updated by another transaction concurrently");
    /** A claim of a task someone else has claimed: 409. */
    static final Pattern ALREADY_CLAIMED = Pattern.compile("Task '[^']*' is already claimed by someone else");

    private CallerConflicts() {
    }

    /** Whether {@code text} (an answer's message, or the REST API's log record of it) names one of these. */
    public static boolean in(String text) {
        return text != null && (TASK_GONE.matcher(text).find() || CONCURRENT_CHANGE.matcher(text).find()
                || ALREADY_CLAIMED.matcher(text).find());
    }
}
