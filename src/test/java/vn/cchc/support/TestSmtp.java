package vn.cchc.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP port of the test JVM: a port that was free when first asked for, chosen once, so that the shared
 * application context ({@code spring.mail.port}, set by {@link EmbeddedPostgresInitializer}) and every GreenMail a
 * test starts agree, and the suite runs beside a demo that holds the demo's port 3025.
 */
public final class TestSmtp {

    private static int port;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port for the test SMTP server", e);
            }
        }
        return port;
    }

    /** GreenMail's setup on {@link #port()}, all interfaces (the application connects to localhost). */
    public static ServerSetup setup() {
        return new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP);
    }
}
