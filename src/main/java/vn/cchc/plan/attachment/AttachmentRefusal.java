package vn.cchc.plan.attachment;

import java.util.List;
import vn.cchc.shared.UserInputException;

/**
 * A request about result files that is refused: a {@link UserInputException} with the HTTP status to answer
 * (404, 403, 409, 413, 415, 422) and the key of the Vietnamese reason in the {@code attachment.*} keys of the bundle.
 */
public class AttachmentRefusal extends UserInputException {

    AttachmentRefusal(int status, String code, Object... args) {
        super(status, List.of(Problem.of(null, code, args)));
    }
}
