package vn.cchc.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The outbox's SMTP connection against a real SMTP server (GreenMail), configured as production is for a relay
 * that takes mail without a login: {@code CCHC_SMTP_AUTH=false} and {@code CCHC_SMTP_USER} unset, which binds an
 * empty user name and password. The fault suite found every message of a burst refused with "535 Authentication
 * credentials invalid": the connection logged in with empty credentials where Spring's own sender does not log in.
 */
class SmtpConnectionTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aRelayWithoutLoginTakesEveryMessageOfABatchOverOneConnection() throws Exception {
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setUsername("");
        sender.setPassword("");
        Properties props = new Properties();
        props.put("mail.smtp.auth", "false");
        props.put("mail.smtp.starttls.enable", "false");
        sender.setJavaMailProperties(props);

        try (SmtpConnection connection = new SmtpConnection(sender)) {
            for (String agency : new String[] {"so-tu-phap", "so-xay-dung"}) {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom("cchc@vinhlong.gov.vn");
                helper.setTo(agency + "@vinhlong.gov.vn");
                helper.setSubject("Nhắc hạn nhiệm vụ cải cách hành chính");
                helper.setText("Nhiệm vụ sắp đến hạn.");
                connection.send(message);
            }
        }

        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("so-tu-phap@vinhlong.gov.vn", "so-xay-dung@vinhlong.gov.vn");
    }
}
