package vn.cchc.plan;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * "Work has arrived" mails ({@code cchc.notify.work.*} in {@code config/notify.yml}), each kind can be turned off.
 * Recipients are written as in {@code cchc.reminders} (docs/notifications.md).
 *
 * @param newTasks          one mail per agency when a plan is issued, listing the agency's tasks
 * @param commentRequest    each consulted agency, when the director sends the draft out for comments, with the deadline
 * @param resultReturned    the agency, when SNV returns its result, with the reason
 * @param extension         the agency, when SNV grants it an extension, with the new due date and the reason
 * @param planReturned      the drafters, when a reviewer or the leader returns the plan, with the reason
 * @param extensionRefused  the agency, when SNV refuses it an extension, with the reason and the due date that stays
 * @param agencyRecipients  who of an agency is told (default: its officials and its mailbox)
 * @param drafterRecipients who drafts plans (default: SNV specialists and SNV's mailbox)
 */
@ConfigurationProperties("cchc.notify.work")
public record WorkNoticeProperties(Boolean newTasks, Boolean commentRequest, Boolean resultReturned, Boolean extension,
                                   Boolean planReturned, List<String> agencyRecipients,
                                   List<String> drafterRecipients, Boolean extensionRefused) {

    /** Every kind but the refused extension's, which is on by default. */
    public WorkNoticeProperties(Boolean newTasks, Boolean commentRequest, Boolean resultReturned, Boolean extension,
                                Boolean planReturned, List<String> agencyRecipients, List<String> drafterRecipients) {
        this(newTasks, commentRequest, resultReturned, extension, planReturned, agencyRecipients, drafterRecipients,
                null);
    }

    /** The constructor configuration binds (the record has a second one, for callers that predate the refusal). */
    @ConstructorBinding
    public WorkNoticeProperties {
        extensionRefused = extensionRefused == null || extensionRefused;
        newTasks = newTasks == null || newTasks;
        commentRequest = commentRequest == null || commentRequest;
        resultReturned = resultReturned == null || resultReturned;
        extension = extension == null || extension;
        planReturned = planReturned == null || planReturned;
        agencyRecipients = agencyRecipients == null ? List.of("officials", "mailbox") : List.copyOf(agencyRecipients);
        drafterRecipients = drafterRecipients == null ? List.of("group:snv-specialist", "agency:so-noi-vu")
                : List.copyOf(drafterRecipients);
    }
}
