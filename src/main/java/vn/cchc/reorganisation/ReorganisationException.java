package vn.cchc.reorganisation;

import java.util.List;
import vn.cchc.shared.UserInputException;

/**
 * A reorganisation that cannot be made as asked (422): a {@link UserInputException} whose problems name the field
 * at fault. New refusals name their sentence's key in the {@code reorganisation} section of the bundle
 * ({@link #of}); already composed sentences get the code {@value #UNCODED}.
 */
public class ReorganisationException extends UserInputException {

    public static final String UNCODED = "reorganisation.refused";

    public ReorganisationException(int status, List<Problem> problems) {
        super(status, problems);
    }

    public ReorganisationException(List<String> problems) {
        this(UNPROCESSABLE, problems.stream().map(p -> new Problem(UNCODED, List.of(p), null, p)).toList());
    }

    public static ReorganisationException of(String code, Object... args) {
        return new ReorganisationException(UNPROCESSABLE, List.of(Problem.of(null, code, args)));
    }
}
