package vn.cchc.followup;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders and escalations go out and to whom ({@code cchc.reminders.*} in {@code config/notify.yml}).
 * Recipients are written as: {@code officials} (the agency's officials), {@code head} (its head),
 * {@code mailbox} (its e-mail address), {@code group:<group id>} (members of a Camunda group),
 * {@code agency:<agency id>} (another agency's mailbox).
 *
 * @param beforeDue                working days before the last working day on or before the due date
 * @param reminderRecipients       who gets those reminders
 * @param overdueRecipients        who is told when the due date has passed
 * @param escalation               the ladder after the due date, in working days
 * @param repeatEveryDays          calendar days between repeated reminders after the due date (0: none)
 * @param repeatRecipients         who gets the repeats
 * @param eventResponseWorkingDays due date of a task that waits for an event: this many working days after it
 * @param alertTime                time of day (Asia/Ho_Chi_Minh) reminders, escalations and repeats fire
 * @param ladders                  per kind of follow-up, the steps of the ladder it takes (a kind not listed takes
 *                                 them all): {@code COMMENT: [BEFORE_DUE]}
 */
@ConfigurationProperties("cchc.reminders")
public record ReminderPolicy(List<Integer> beforeDue, List<String> reminderRecipients, List<String> overdueRecipients,
                             List<Step> escalation, int repeatEveryDays, List<String> repeatRecipients,
                             int eventResponseWorkingDays, LocalTime alertTime,
                             Map<FollowUpKind, List<LadderStep>> ladders) {

    /** @param label who this step reaches, as officials read it ("Thủ trưởng cơ quan chủ trì") */
    public record Step(int afterWorkingDays, List<String> recipients, String label) {
    }

    public ReminderPolicy {
        beforeDue = beforeDue == null ? List.of() : List.copyOf(beforeDue);
        escalation = escalation == null ? List.of() : List.copyOf(escalation);
        reminderRecipients = listOf(reminderRecipients);
        overdueRecipients = listOf(overdueRecipients);
        repeatRecipients = listOf(repeatRecipients);
        alertTime = alertTime == null ? LocalTime.of(8, 0) : alertTime;
        ladders = ladders == null ? Map.of() : Map.copyOf(ladders);
        if (ladders.values().stream().anyMatch(steps -> steps == null || steps.isEmpty())) {
            throw new IllegalArgumentException("cchc.reminders.ladders: a kind takes at least one step");
        }
        if (beforeDue.stream().anyMatch(n -> n == null || n <= 0)) {
            throw new IllegalArgumentException("cchc.reminders.before-due: offsets must be positive working days");
        }
        if (escalation.stream().anyMatch(s -> s.afterWorkingDays() <= 0)) {
            throw new IllegalArgumentException("cchc.reminders.escalation: after-working-days must be positive");
        }
        if (repeatEveryDays < 0 || eventResponseWorkingDays < 0) {
            throw new IllegalArgumentException("cchc.reminders: repeat-every-days and "
                    + "event-response-working-days must not be negative");
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
