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

/**
 * A form refused by a task listener ({@link UserInputException}, given to the caller as a {@code shared.FormRefusal})
 * is the official's mistake, not a server fault, but the engine logs it with a full stack trace: {@code ENGINE-16004}
 * (ERROR, the command context) and, where a REST resource still answers it with 500 ({@code process-definition/{id}/
 * start}, before {@code system.security.EngineMessages} makes it 400), {@code ENGINE-REST-HTTP500} (WARN). Those
 * records are dropped when the exception's causes hold a refusal, and one line is logged instead
 * ({@code Task form refused (code, field): …}). The REST API's record of the engine's optimistic locking (a task
 * completed twice at once) and of a task already done, which {@code EngineMessages} answers 409 and 404 and logs in
 * one line, are dropped too.
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
        private static final Pattern CAUSED_BY = Pattern.compile("Caused by: (vn\\.cchc\\.[\\w.$]+)");
        /**
         * The engine's optimistic locking (the same task completed twice at once): answered 409 with one line by
         * {@code system.security.EngineMessages}, so the REST API's stack trace for its 500 is dropped.
         */
        private static final Pattern CONCURRENT_CHANGE = Pattern.compile(
                "Caused by: org\\.camunda\\.bpm\\.engine\\.OptimisticLockingException: ENGINE-03005 ");
        /**
         * A task already done (submitted again, or a second click that waited for the first): the REST API's 500,
         * answered 404 with one line by {@code EngineMessages}.
         */
        private static final Pattern TASK_GONE = Pattern.compile(
                "^ENGINE-REST-HTTP500 \\S+: Cannot (submit|complete) task( form)? \\S+: "
                        + "(Cannot find task with id|No matching task with id|No task found for task id)");

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            if (format == null || level == null || !level.isGreaterOrEqual(Level.WARN)
                    || !logger.getName().startsWith("org.camunda.bpm.engine")) {
                return FilterReply.NEUTRAL;
            }
            UserInputException refusal = refusal(t, params);
            if (refusal == null) {
                return logger.getName().equals(REST) && (refusalInText(format) || CONCURRENT_CHANGE.matcher(format).find()
                        || TASK_GONE.matcher(format).find())
                        ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
            if (logger.getName().equals("org.camunda.bpm.engine.context")) {
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

        private static UserInputException refusal(Throwable t, Object[] params) {
            Throwable thrown = t;
            if (thrown == null && params != null && params.length > 0
                    && params[params.length - 1] instanceof Throwable last) {
                thrown = last;
            }
            for (int depth = 0; thrown != null && depth < 20; thrown = thrown.getCause(), depth++) {
                if (thrown instanceof UserInputException refusal) {
                    return refusal;
                }
            }
            return null;
        }
    }
}
