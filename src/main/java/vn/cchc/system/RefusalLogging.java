package vn.cchc.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import vn.cchc.shared.UserInputException;
import vn.cchc.system.security.CallerConflicts;

/**
 * A form refused by a task listener ({@link UserInputException}, given to the caller as a {@code shared.FormRefusal})
 * is the official's mistake, not a server fault, but the engine logs it with a full stack trace: {@code ENGINE-16004}
 * (ERROR, the command context) and, where a REST resource still answers it with 500 ({@code process-definition/{id}/
 * start}, before {@code system.security.EngineMessages} makes it 400), {@code ENGINE-REST-HTTP500} (WARN). Those
 * records are dropped when the exception's causes hold a refusal, and one line is logged instead
 * ({@code Task form refused (code, field): …}). The records of the engine failures that {@code EngineMessages}
 * answers as the caller's 404 or 409 ({@link CallerConflicts}: a task already done, two claims or completions at
 * once), logged there in one line, are dropped too: the REST API's WARN and the command context's ERROR.
 * Every other engine error is logged as before. A logback turbo filter, installed once per logger context (a second
 * Spring context in the same JVM finds it there).
 */
@Component
class RefusalLogging {

    static final String NAME = "cchc-user-input-refusals";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RefusalLogging.class);

    RefusalLogging() {
        install();
    }

    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
                || context.getTurboFilterList().stream().anyMatch(f -> NAME.equals(f.getName()))) {
            return;
        }
        OneLine filter = new OneLine();
        filter.setName(NAME);
        filter.start();
        context.addTurboFilter(filter);
    }

    static final class OneLine extends TurboFilter {

        private static final String REST = "org.camunda.bpm.engine.rest.exception";
        private static final String CONTEXT = "org.camunda.bpm.engine.context";
        private static final Pattern CAUSED_BY = Pattern.compile("Caused by: (vn\\.cchc\\.[\\w.$]+)");

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            if (format == null || level == null || !level.isGreaterOrEqual(Level.WARN)
                    || !logger.getName().startsWith("org.camunda.bpm.engine")) {
                return FilterReply.NEUTRAL;
            }
            UserInputException refusal = refusal(t, params);
            if (refusal == null) {
                if (logger.getName().equals(REST)) {
                    // the answer's own exception is the record's first line; a cause further down is not judged
                    int firstLine = format.indexOf('\n');
                    return refusalInText(format) || CallerConflicts.in(firstLine < 0 ? format
                            : format.substring(0, firstLine)) ? FilterReply.DENY : FilterReply.NEUTRAL;
                }
                // the command context's ERROR for a task already done (a second click that waited for the first)
                Throwable thrown = thrown(t, params);
                return logger.getName().equals(CONTEXT) && thrown != null && CallerConflicts.in(thrown.getMessage())
                        ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
            if (logger.getName().equals(CONTEXT)) {
                LOG.info("Task form refused ({}, {}): {}", refusal.code(), refusal.field(), refusal.getMessage());
            }
            return FilterReply.DENY;
        }

        /**
         * The REST API logs the stack trace as the message text itself ({@code ENGINE-REST-HTTP500 <trace>}): a
         * refusal is a "Caused by:" naming a refusal class.
         */
        private static boolean refusalInText(String text) {
            Matcher cause = CAUSED_BY.matcher(text);
            while (cause.find()) {
                if (isRefusal(cause.group(1))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isRefusal(String className) {
            try {
                return UserInputException.class.isAssignableFrom(
                        Class.forName(className, false, RefusalLogging.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private static Throwable thrown(Throwable t, Object[] params) {
            if (t == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
                return last;
            }
            return t;
        }

        private static UserInputException refusal(Throwable t, Object[] params) {
            Throwable thrown = thrown(t, params);
            for (int depth = 0; thrown != null && depth < 20; thrown = thrown.getCause(), depth++) {
                if (thrown instanceof UserInputException refusal) {
                    return refusal;
                }
            }
            return null;
        }
    }
}
