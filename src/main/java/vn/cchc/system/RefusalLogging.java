package vn.cchc.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import vn.cchc.shared.UserInputException;

/**
 * A form refused by a task listener ({@link UserInputException}) is the official's mistake, not a server fault, but
 * the engine logs it twice with a full stack trace: {@code ENGINE-16004} (ERROR, the command context) and, through
 * the REST API the Tasklist uses, {@code ENGINE-REST-HTTP500} (WARN). Those two records are dropped when the
 * exception's causes hold a refusal, and one line is logged instead ({@code Task form refused (code, field): …}).
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

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            if (format == null || level == null || !level.isGreaterOrEqual(Level.WARN)
                    || !logger.getName().startsWith("org.camunda.bpm.engine")) {
                return FilterReply.NEUTRAL;
            }
            UserInputException refusal = refusal(t, params);
            if (refusal == null) {
                return FilterReply.NEUTRAL;
            }
            if (logger.getName().equals("org.camunda.bpm.engine.context")) {
                LOG.info("Task form refused ({}, {}): {}", refusal.code(), refusal.field(), refusal.getMessage());
            }
            return FilterReply.DENY;
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
