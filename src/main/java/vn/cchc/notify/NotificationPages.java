package vn.cchc.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/** {@code /notifications}: the outbox log (filter, resend a failed one); {@code /mailbox}: the demo SMTP inbox. */
@Controller
class NotificationPages {

    private static final int PAGE_SIZE = 200;
    private final Notifications notifications;
    private final AgencyDirectory directory;
    private final ObjectProvider<EmbeddedSmtpServer> smtp;

    NotificationPages(Notifications notifications, AgencyDirectory directory, ObjectProvider<EmbeddedSmtpServer> smtp) {
        this.notifications = notifications;
        this.directory = directory;
        this.smtp = smtp;
    }


    @GetMapping("/notifications")
    String log(@RequestParam(required = false) String agency, @RequestParam(required = false) String plan,
               @RequestParam(required = false) NotificationStatus status,
               @RequestParam(required = false) Long resent, Model model) {
        model.addAttribute("rows", notifications.search(agency, plan, status, PAGE_SIZE));
        model.addAttribute("agencies", directory.all());
        Map<String, String> names = new HashMap<>();
        directory.all().forEach(a -> names.put(a.id(), a.name()));
        model.addAttribute("agencyNames", names);
        model.addAttribute("agency", agency);
        model.addAttribute("plan", plan);
        model.addAttribute("status", status);
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("resent", resent);
        return "notify/notifications";
    }

    /**
     * Puts a failed notification back in the queue. One that does not exist, or did not fail (waiting, sent, in
     * doubt), is refused with the reason: the page used to confirm it as queued again for any number.
     */
    @PostMapping("/notifications/{id}/resend")
    String resend(@PathVariable long id) {
        if (!notifications.resend(id)) {
            Notification found = notifications.find(id).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND, Texts.get("notify.resend.notFound", id)));
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    Texts.get("notify.resend.notFailed", id, Texts.get("notify.status." + found.status().name())));
        }
        return "redirect:/notifications?resent=" + id;
    }

    /** A received mail as people read it: headers decoded, the time in Vietnam. */
    record ReceivedMail(String from, String to, String subject, LocalDateTime sent, String text) {
    }

    @GetMapping("/mailbox")
    String mailbox(Model model) throws Exception {
        EmbeddedSmtpServer server = smtp.getIfAvailable();
        List<ReceivedMail> mails = new ArrayList<>();
        if (server != null) {
            List<MimeMessage> received = server.received();
            for (int i = received.size() - 1; i >= 0 && mails.size() < PAGE_SIZE; i--) {
                MimeMessage m = received.get(i);
                mails.add(new ReceivedMail(String.join(", ", addresses(m.getFrom())),
                        String.join(", ", addresses(m.getAllRecipients())), decoded(m.getSubject()),
                        m.getSentDate() == null ? null
                                : LocalDateTime.ofInstant(m.getSentDate().toInstant(), DueDates.ZONE),
                        plainText(m)));
            }
        }
        model.addAttribute("running", server != null);
        model.addAttribute("mails", mails);
        return "notify/mailbox";
    }

    static List<String> addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? List.of() : java.util.Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress ia && ia.getPersonal() != null
                        ? ia.getPersonal() + " <" + ia.getAddress() + ">" : decoded(a.toString())).toList();
    }

    /** An RFC 2047 encoded header ({@code =?UTF-8?Q?…?=}) as text; left as it is when it cannot be decoded. */
    static String decoded(String header) {
        if (header == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(header);
        } catch (java.io.UnsupportedEncodingException e) {
            return header;
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
