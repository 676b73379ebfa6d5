package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.PlanInputException;

/** The engine's records of a refused form are dropped (one line replaces them); other engine errors pass. */
class RefusalLoggingTest {

    private final LoggerContext context = new LoggerContext();
    private final RefusalLogging.OneLine filter = new RefusalLogging.OneLine();

    private static ProcessEngineException wrapped(RuntimeException cause) {
        return new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener.",
                cause);
    }

    private static String trace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void theCommandContextErrorOfARefusalIsDropped() {
        ProcessEngineException refused = wrapped(new PlanInputException(List.of("Chưa nhập \"Người ký\".")));
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.context"), Level.ERROR,
                "ENGINE-16004 Exception while closing command context: {}", new Object[] {"m", refused}, null))
                .isEqualTo(FilterReply.DENY);
    }

    /** As Camunda's {@code ExceptionLogger} writes it: the stack trace is the message, without parameters. */
    @Test
    void theRestWarningOfARefusalIsDropped() {
        ProcessEngineException refused = wrapped(new PlanInputException(List.of("Chưa nhập \"Người ký\".")));
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.rest.exception"), Level.WARN,
                "ENGINE-REST-HTTP500 " + trace(new RuntimeException("rest", refused)), new Object[0], null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void otherEngineErrorsAreLogged() {
        ProcessEngineException other = wrapped(new IllegalStateException("bug"));
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.context"), Level.ERROR,
                "ENGINE-16004 {}", new Object[] {"m", other}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.rest.exception"), Level.WARN,
                "ENGINE-REST-HTTP500 " + trace(other), new Object[0], null)).isEqualTo(FilterReply.NEUTRAL);
    }
}
