package vn.cchc.importer;

import java.util.Arrays;
import java.util.List;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;

/**
 * No task table could be read (422); the message (Vietnamese) says why and names the row and column at fault. A
 * {@link UserInputException}: a refusal carries the key of its sentence in the importer's section of
 * {@code messages_vi.properties} and the arguments, its message is that sentence, so the web page and the command
 * line show it as it is. A message composed by the caller gets the code {@value #UNCODED}.
 */
public class ImportException extends UserInputException {

    public static final String UNCODED = "importer.refused";

    public ImportException(String message) {
        this(message, (Throwable) null);
    }

    public ImportException(String message, Throwable cause) {
        super(UNPROCESSABLE, List.of(new Problem(UNCODED, List.of(message), null, message)), cause);
    }

    private ImportException(Throwable cause, String key, Object... args) {
        super(UNPROCESSABLE, List.of(new Problem(key, Arrays.asList(args), null, Texts.get(key, args))), cause);
    }

    /** A refusal whose sentence is {@code key} in the importer's section of the message bundle. */
    public static ImportException of(String key, Object... args) {
        return new ImportException(null, key, args);
    }

    public static ImportException of(Throwable cause, String key, Object... args) {
        return new ImportException(cause, key, args);
    }

    /** The bundle key of a reader's refusal, null for a message composed by the caller. */
    public String key() {
        return UNCODED.equals(code()) ? null : code();
    }
}
