package vn.cchc.importer;

import java.util.List;
import vn.cchc.shared.Texts;

/**
 * No task table could be read; the message (Vietnamese) says why and names the row and column at fault. A reader's
 * refusal (damaged, hostile or oversized file) carries the key of its sentence in {@code messages_vi.properties}
 * and the arguments, its message is that sentence: the web page and the command line show it as it is.
 */
public class ImportException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public ImportException(String message) {
        this(message, (Throwable) null);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = List.of();
    }

    private ImportException(Throwable cause, String key, Object... args) {
        super(Texts.get(key, args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** A refusal whose sentence is {@code key} in the importer's section of the message bundle. */
    static ImportException of(String key, Object... args) {
        return new ImportException(null, key, args);
    }

    static ImportException of(Throwable cause, String key, Object... args) {
        return new ImportException(cause, key, args);
    }

    /** The bundle key of a reader's refusal, null for other failures. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
