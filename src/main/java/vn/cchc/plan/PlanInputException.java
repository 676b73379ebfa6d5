package vn.cchc.plan;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input an official entered that cannot be accepted; the message is Vietnamese and names every field at fault.
 * Thrown from a task listener it rolls the completion back, and Tasklist shows the message.
 */
public class PlanInputException extends ProcessEngineException {

    private final List<String> problems;

    public PlanInputException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public PlanInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
