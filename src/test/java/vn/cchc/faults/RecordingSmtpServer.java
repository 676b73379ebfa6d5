package vn.cchc.faults;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

/**
 * The fault suite's SMTP server, a JVM of its own so the suite can stop and start it: GreenMail on the given port
 * that appends the notification key ({@code X-CCHC-Notification}) of every message it accepts to a file, one line
 * per message and recipient, before the message is stored. The file is what "received by the SMTP server" counts:
 * it survives the server's stops, and a key on two lines is a duplicate.
 *
 * <pre>java -cp &lt;test classpath&gt; vn.cchc.faults.RecordingSmtpServer &lt;port&gt; &lt;record file&gt;</pre>
 */
public final class RecordingSmtpServer {

    static final String KEY_HEADER = "X-CCHC-Notification";

    private RecordingSmtpServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path record = Path.of(args[1]);
        BufferedWriter out = Files.newBufferedWriter(record, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        UserManager users = smtp.getManagers().getUserManager();
        MessageDeliveryHandler store = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            String key = message.getMessage().getHeader(KEY_HEADER, null);
            synchronized (out) {
                try {
                    out.write((key == null ? "-" : key.trim()) + "\n");
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot record a received message", e);
                }
            }
            return store.handle(message, recipient);
        });
        smtp.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            smtp.stop();
            synchronized (out) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the lines were flushed one by one
                }
            }
            stopped.countDown();
        }));
        System.out.println("SMTP listening on " + port);
        stopped.await();
    }
}
