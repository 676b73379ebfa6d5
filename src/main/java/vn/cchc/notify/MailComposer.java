package vn.cchc.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into a UTF-8 multipart (plain text + HTML) message. Its Message-ID is derived from the
 * idempotency key, so in the rare case a message is sent twice (see docs/notifications.md) both copies carry the
 * same Message-ID and mail clients can show them as one.
 */
@Component
class MailComposer {

    static final String KEY_HEADER = "X-CCHC-Notification";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    static {
        JakartaMailStreams.preferAngus();
    }

    record Composed(MimeMessage message, String subject) {
    }

    private final JavaMailSender mailSender;
    private final MailRenderer renderer;
    private final NotifyProperties properties;

    MailComposer(JavaMailSender mailSender, MailRenderer renderer, NotifyProperties properties) {
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.properties = properties;
    }

    Composed compose(Notification n) throws MessagingException {
        MailRenderer.RenderedMail mail = renderer.render(n.template(), n.data());
        MimeMessage message = new KeyedMessage(mailSender.createMimeMessage(), messageId(n.key()));
        message.setFrom(address(properties.from(), properties.fromName()));
        message.setRecipient(Message.RecipientType.TO, address(n.recipient(), n.recipientName()));
        message.setSubject(mail.subject(), UTF_8);
        message.setContent(alternative(mail.text(), mail.html()));
        message.setHeader(KEY_HEADER, MailHeaders.oneLine(n.key()));
        return new Composed(message, mail.subject());
    }

    /**
     * multipart/alternative: plain text first, HTML last (the one clients prefer). Built directly rather than with
     * Spring's MimeMessageHelper, which loads a MIME file-type map from the class path for every message that was
     * not created by the sender itself.
     */
    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(body(text, "plain"));
        alternative.addBodyPart(body(html, "html"));
        return alternative;
    }

    /**
     * A UTF-8 body part in base64. Vietnamese text is mostly non-ASCII bytes: left to itself JavaMail scans each
     * body to choose, picks quoted-printable and writes most letters as three characters ("=E1=BB=87"); base64
     * needs no scan, is cheaper to encode and about half the size (docs/benchmarks.md, reminder burst).
     */
    private static MimeBodyPart body(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        InternetAddress address = new InternetAddress(MailHeaders.oneLine(email), true);
        try {
            if (name != null && !name.isBlank()) {
                address.setPersonal(MailHeaders.oneLine(name), StandardCharsets.UTF_8.name());
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return address;
    }

    private static String messageId(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".notification@cchc.local>";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID stays the one we chose (JavaMail would otherwise generate a new one on save). */
    private static final class KeyedMessage extends MimeMessage {
        private final String id;

        KeyedMessage(MimeMessage base, String id) {
            super(base.getSession() == null ? Session.getInstance(new java.util.Properties()) : base.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
