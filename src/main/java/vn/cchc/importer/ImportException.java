package vn.cchc.importer;

/** No task table could be read; the message (Vietnamese) says why and names the row and column at fault. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
