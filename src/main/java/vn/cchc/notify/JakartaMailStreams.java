package vn.cchc.notify;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Jakarta Mail 2.1 looks its {@link StreamProvider} up with a {@link java.util.ServiceLoader} scan of the whole
 * class path each time a message, a multipart or an encoded header is built or sent (jakartaee/mail-api#699,
 * #861). In the quarter-end burst that scan was over half of the mail delivery's CPU. The API checks a system property
 * named after the interface before scanning; naming Angus Mail's provider there makes the lookup a class-by-name.
 */
final class JakartaMailStreams {

    private JakartaMailStreams() {
    }

    /** Sets the property unless the operator set one (then theirs wins). */
    static void preferAngus() {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }
}
