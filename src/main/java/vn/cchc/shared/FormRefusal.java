package vn.cchc.shared;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form (completing or submitting a task, starting a process) refused by the process's own code — a task listener,
 * a form check, a delegate — with a {@link UserInputException}: what the engine throws to its caller in place of
 * its own wrapping ({@code ENGINE-03051 There was an exception while invoking the TaskListener…}). The message is
 * the refusal's Vietnamese sentences alone, the refusal is the {@linkplain #getCause() cause}, and {@link #code()},
 * {@link #field()}, {@link #status()}, {@link #details()} are the refusal's.
 *
 * <p>It is the engine's form-validation failure on purpose: that is the one engine exception the engine REST API
 * answers with 400 when a form is submitted or a task completed (any other is 500), and the Tasklist shows its
 * message under the form. The refusal's own status (422 for the features' historic refusals, 409…) cannot be
 * expressed there; it is in the answer's body. Thrown by {@code system.security.ListenerRefusals}; the rule is in
 * {@code docs/errors.md}.
 */
public class FormRefusal extends FormFieldValidationException {

    public FormRefusal(UserInputException refusal) {
        super(refusal.field(), refusal.getMessage(), refusal);
    }

    /** What the process's code threw. */
    public UserInputException refusal() {
        return (UserInputException) getCause();
    }

    public String code() {
        return refusal().code();
    }

    /** The field or row the first problem names, or null. */
    public String field() {
        return refusal().field();
    }

    /** The refusal's own status (a JSON API would answer it; the engine REST answers 400). */
    public int status() {
        return refusal().status();
    }

    public List<UserInputException.Problem> details() {
        return refusal().details();
    }

    public List<String> problems() {
        return refusal().problems();
    }
}
