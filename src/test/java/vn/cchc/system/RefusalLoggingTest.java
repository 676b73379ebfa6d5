package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
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

    /** Answered 404 or 409 with one line by EngineMessages: a task already done, two claims or completions at once. */
    @Test
    void theRecordsOfATaskAlreadyDoneOrChangedAtOnceAreDropped() {
        var rest = context.getLogger("org.camunda.bpm.engine.rest.exception");
        assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 " + trace(new OptimisticLockingException(
                "ENGINE-03005 Execution of 'UPDATE TaskEntity[7]' failed. Entity was updated by another transaction "
                        + "concurrently.")), new Object[0], null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 " + trace(new TaskAlreadyClaimedException(
                "7", "cv.so-tu-phap")), new Object[0], null)).isEqualTo(FilterReply.DENY);
        NullValueException gone = new NullValueException("Cannot find task with id 7: task is null");
        assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 " + trace(new ProcessEngineException(
                "Cannot submit task form 7: " + gone.getMessage(), gone)), new Object[0], null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.context"), Level.ERROR,
                "ENGINE-16004 Exception while closing command context: {}", new Object[] {"m", gone}, null))
                .isEqualTo(FilterReply.DENY);
    }

    /** A server fault whose causes happen to name a missing task keeps its stack trace. */
    @Test
    void aFaultWithSuchACauseFurtherDownIsLogged() {
        ProcessEngineException fault = new ProcessEngineException("ENGINE-09005 Could not parse BPMN process",
                new NullValueException("Cannot find task with id 7: task is null"));
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.rest.exception"), Level.WARN,
                "ENGINE-REST-HTTP500 " + trace(fault), new Object[0], null)).isEqualTo(FilterReply.NEUTRAL);
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
