package vn.cchc.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of the demo run (GreenMail, on {@code cchc.mail.embedded.port}): mail the application sends is
 * kept in memory and shown on the mailbox page, so a newcomer sees reminders arrive without any mail setup.
 * Never enabled in production.
 */
@Component
@ConditionalOnProperty(name = "cchc.mail.embedded.enabled", havingValue = "true")
public class EmbeddedSmtpServer implements SmartLifecycle {

    private final GreenMail greenMail;
    private volatile boolean running;

    EmbeddedSmtpServer(@Value("${cchc.mail.embedded.port}") int port) {
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void start() {
        greenMail.start();
        running = true;
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }
}
