package vn.cchc.agency;

import java.util.Arrays;
import java.util.List;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;

/**
 * The agency directory could not be loaded, or names no such agency (422); the message (Vietnamese) names the file
 * and the entry at fault. A {@link UserInputException} coded by the {@code agency.*} key of its sentence
 * ({@link #of}); a message composed by the caller gets the code {@value #UNCODED}.
 */
public class AgencyDirectoryException extends UserInputException {

    public static final String UNCODED = "agency.refused";

    public AgencyDirectoryException(String message) {
        this(message, null);
    }

    public AgencyDirectoryException(String message, Throwable cause) {
        super(UNPROCESSABLE, List.of(new Problem(UNCODED, List.of(message), null, message)), cause);
    }

    private AgencyDirectoryException(Throwable cause, String key, Object... args) {
        super(UNPROCESSABLE, List.of(new Problem(key, Arrays.asList(args), null, Texts.get(key, args))), cause);
    }

    /** A refusal whose sentence is {@code key} in the agency section of the message bundle. */
    public static AgencyDirectoryException of(String key, Object... args) {
        return new AgencyDirectoryException(null, key, args);
    }

    public static AgencyDirectoryException of(Throwable cause, String key, Object... args) {
        return new AgencyDirectoryException(cause, key, args);
    }
}
