package vn.cchc.agency;

/** The agency directory could not be loaded; the message (Vietnamese) names the file and the entry at fault. */
public class AgencyDirectoryException extends RuntimeException {

    public AgencyDirectoryException(String message) {
        super(message);
    }

    public AgencyDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
