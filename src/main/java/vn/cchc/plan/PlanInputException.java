package vn.cchc.plan;

import java.util.List;
import vn.cchc.shared.UserInputException;

/**
 * Input an official entered about a plan that cannot be accepted: a {@link UserInputException} (so thrown from a task
 * listener it rolls the completion back and Tasklist shows the message), answered 422 by default as it always was.
 * New refusals name their sentence's key in the {@code plan} section of {@code messages_vi.properties}
 * ({@link #of}); a refusal built from already composed sentences gets the code {@value #UNCODED}.
 */
public class PlanInputException extends UserInputException {

    /** The code of a refusal whose sentences were composed by the caller (the bundle entry is just {@code {0}}). */
    public static final String UNCODED = "plan.input.refused";

    public PlanInputException(int status, List<Problem> problems) {
        super(status, problems);
    }

    /** Already composed Vietnamese sentences, each a problem coded {@value #UNCODED}. */
    public PlanInputException(List<String> problems) {
        this(UNPROCESSABLE, problems.stream().map(p -> new Problem(UNCODED, List.of(p), null, p)).toList());
    }

    public PlanInputException(String problem) {
        this(List.of(problem));
    }

    /** A 422 refusal whose sentence is {@code code} in the message bundle. */
    public static PlanInputException of(String code, Object... args) {
        return with(UNPROCESSABLE, code, args);
    }

    public static PlanInputException with(int status, String code, Object... args) {
        return new PlanInputException(status, List.of(Problem.of(null, code, args)));
    }

    public static PlanInputException notFound(String code, Object... args) {
        return with(NOT_FOUND, code, args);
    }

    public static PlanInputException conflict(String code, Object... args) {
        return with(CONFLICT, code, args);
    }

    public static PlanInputException field(String field, String code, Object... args) {
        return new PlanInputException(UNPROCESSABLE, List.of(Problem.of(field, code, args)));
    }
}
