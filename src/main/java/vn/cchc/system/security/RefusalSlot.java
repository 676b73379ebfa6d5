package vn.cchc.system.security;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import vn.cchc.shared.UserInputException;

/**
 * The refusal an engine command of the current HTTP request ended with, for {@link EngineMessages} to put its field
 * and code in the answer: the engine REST's error body has only a type, a message and a number. Open only while
 * {@link EngineMessages} handles a request on this thread; elsewhere (the job executor, the application's own pages)
 * nothing is kept.
 */
final class RefusalSlot {

    private static final ThreadLocal<UserInputException[]> SLOT = new ThreadLocal<>();

    private RefusalSlot() {
    }

    static void open() {
        SLOT.set(new UserInputException[1]);
    }

    /** Notes the refusal a command ended with, when a request is open on this thread. */
    static void record(UserInputException refusal) {
        UserInputException[] slot = SLOT.get();
        if (slot != null) {
            slot[0] = refusal;
        }
    }

    /**
     * A guard's refusal of the command a caller sent: recorded as above and logged as one line
     * ({@code <command> refused for <user>: <sentence>}) on the guard's own logger; returned for the guard to throw.
     */
    static UserInputException refuse(Logger log, Command<?> command, CommandContext context,
                                     UserInputException refusal) {
        record(refusal);
        log.info("{} refused for {}: {}", command.getClass().getSimpleName(), context.getAuthenticatedUserId(),
                refusal.getMessage());
        return refusal;
    }

    /** Closes the slot; the last refusal recorded, or null. */
    static UserInputException close() {
        UserInputException[] slot = SLOT.get();
        SLOT.remove();
        return slot == null ? null : slot[0];
    }
}
