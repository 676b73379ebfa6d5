package vn.cchc.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The caller's input is refused: the one way every feature says "you sent something we cannot accept". Each problem
 * carries a {@code code}, the key of its sentence in {@code messages_vi.properties}, the arguments of that sentence,
 * and optionally the field (or row) it names; the exception's message is the rendered Vietnamese sentences, so a
 * page, the command line and the Tasklist can show it as it is. A form with three bad fields gives three problems.
 *
 * <p>It is a {@link BadUserRequestException} (a {@code ProcessEngineException}) on purpose: thrown from a task
 * listener or a form check it rolls the completion back, and the engine's REST answer (which the Tasklist shows)
 * carries this message. The engine wraps what a listener throws in its own exception; the caller of a form command
 * (completing a task, submitting a form, starting a process) gets a {@link FormRefusal} carrying this refusal
 * instead, which the engine REST answers with 400, and the caller of any other command this refusal itself
 * ({@code system.security.ListenerRefusals}). From a Spring JSON API the shared
 * advice ({@code shared.web.UserInputAdvice}) answers {@link #status()} with
 * {@code {"code", "message", "problems", "field", "details"}} and logs one line. The rule is in
 * {@code docs/errors.md}.
 */
public class UserInputException extends BadUserRequestException {

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int PAYLOAD_TOO_LARGE = 413;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    public static final int UNPROCESSABLE = 422;

    /** One thing wrong: its bundle key, the sentence's arguments, the field or row it names (or null), the sentence. */
    public record Problem(String code, List<Object> args, String field, String message) {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A problem whose sentence is {@code code} in the message bundle, rendered now. */
        public static Problem of(String field, String code, Object... args) {
            return new Problem(code, Arrays.asList(args), field, Texts.get(code, args));
        }
    }

    private final int status;
    private final List<Problem> problems;

    /** Every problem of one refusal (at least one), answered with {@code status}. */
    public UserInputException(int status, List<Problem> problems) {
        this(status, problems, null);
    }

    public UserInputException(int status, List<Problem> problems, Throwable cause) {
        super(join(problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** A 400 refusal whose sentence is {@code code} in the message bundle. */
    public static UserInputException of(String code, Object... args) {
        return with(BAD_REQUEST, code, args);
    }

    /** A refusal answered with {@code status}, whose sentence is {@code code} in the message bundle. */
    public static UserInputException with(int status, String code, Object... args) {
        return new UserInputException(status, List.of(Problem.of(null, code, args)));
    }

    /** 404: what the caller names does not exist. */
    public static UserInputException notFound(String code, Object... args) {
        return with(NOT_FOUND, code, args);
    }

    /** 409: the request is well formed but the thing is not in a state that allows it. */
    public static UserInputException conflict(String code, Object... args) {
        return with(CONFLICT, code, args);
    }

    /** A refusal naming the field at fault. */
    public static UserInputException field(String field, String code, Object... args) {
        return new UserInputException(BAD_REQUEST, List.of(Problem.of(field, code, args)));
    }

    public int status() {
        return status;
    }

    /** The bundle key of the first problem: what a client tests. */
    public String code() {
        return problems.get(0).code();
    }

    public List<Object> args() {
        return problems.get(0).args();
    }

    /** The field or row the first problem names, or null. */
    public String field() {
        return problems.get(0).field();
    }

    public List<Problem> details() {
        return problems;
    }

    /** The Vietnamese sentences, one per problem. */
    public List<String> problems() {
        return problems.stream().map(Problem::message).toList();
    }

    private static String join(List<Problem> problems) {
        return String.join(" ", problems.stream().map(Problem::message).toList());
    }

    /**
     * Problems collected while reading a whole form or request, so one attempt reports all of them:
     * {@code add(...)} for each, then {@link #check(int)} throws when any was found.
     */
    public static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        public Problems add(String field, String code, Object... args) {
            found.add(Problem.of(field, code, args));
            return this;
        }

        public Problems add(Problem problem) {
            found.add(problem);
            return this;
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public List<Problem> list() {
            return List.copyOf(found);
        }

        /** Throws a refusal with {@code status} listing every problem found, when there is one. */
        public void check(int status) {
            if (!found.isEmpty()) {
                throw new UserInputException(status, found);
            }
        }
    }
}
