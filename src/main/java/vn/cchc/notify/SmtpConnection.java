package vn.cchc.notify;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of messages, so that a batch costs one TCP and TLS handshake and one login instead
 * of one per message ({@link JavaMailSenderImpl#send(MimeMessage)} opens and closes a connection per call). Messages
 * are still handed over one at a time, so the outbox can record each outcome before the next one is in flight.
 * Connects lazily on the first message; after a failure that dropped the connection, the next message connects
 * again. A sender that is not a {@link JavaMailSenderImpl} (one wrapped by a test) is used as it is, a connection
 * per message. Not thread-safe: one per worker and batch.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);
    private static final String MESSAGE_ID = "Message-ID";

    private final JavaMailSender sender;
    private Transport transport;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Hands one message to the SMTP server; throws what {@link JavaMailSender#send} would throw. */
    void send(MimeMessage message) throws MailException {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            sender.send(message);
            return;
        }
        Transport t = connected(smtp);
        try {
            // as JavaMailSenderImpl.doSend: saveChanges() would replace a Message-ID set by the composer
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                message.setHeader(MESSAGE_ID, messageId);
            }
            Address[] to = message.getAllRecipients();
            t.sendMessage(message, to != null ? to : new Address[0]);
        } catch (MessagingException e) {
            if (!t.isConnected()) {
                close();
            }
            throw new MailSendException("SMTP server refused the message", e);
        }
    }

    private Transport connected(JavaMailSenderImpl smtp) {
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        close();
        try {
            Transport t = smtp.getSession().getTransport(smtp.getProtocol() != null ? smtp.getProtocol() : "smtp");
            // as JavaMailSenderImpl does: no user name means no login (a relay that takes mail without one, as
            // CCHC_SMTP_USER unset gives); Jakarta Mail would send AUTH with empty credentials, refused with 535
            String user = smtp.getUsername();
            String password = smtp.getPassword();
            if (user != null && user.isEmpty()) {
                user = null;
                password = password != null && password.isEmpty() ? null : password;
            }
            t.connect(smtp.getHost(), smtp.getPort(), user, password);
            transport = t;
            return t;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (MessagingException e) {
            throw new MailSendException("Mail server connection failed", e);
        }
    }

    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("closing the SMTP connection: {}", e.toString());
        }
        transport = null;
    }
}
