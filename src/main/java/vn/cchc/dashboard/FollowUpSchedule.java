package vn.cchc.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.followup.AlertKind;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.followup.AlertSchedule;

/**
 * The dashboard's one door to the follow-up schedule (reminders, overdue, escalation ladder) and its recipients:
 * when those classes move package, only this adapter changes.
 */
@Component
public class FollowUpSchedule {

    /** One alert of a task's schedule, as the dashboard counts it. */
    public record Planned(LocalDate day, boolean escalation, List<String> recipientSpecs) {
    }

    /** An e-mail address with the name to greet. */
    public record Address(String email, String name) {
    }

    private final AlertSchedule schedule;
    private final AlertRecipients recipients;
    private final AssignmentStatuses statuses;

    FollowUpSchedule(AlertSchedule schedule, AlertRecipients recipients, AssignmentStatuses statuses) {
        this.schedule = schedule;
        this.recipients = recipients;
        this.statuses = statuses;
    }

    /**
     * The last watched date whose assignment is already "due soon" (or overdue) at {@code now}, by the status rule:
     * the first reminder day only moves forward with the date, so every later date is not due soon. Lets SQL compare
     * dates instead of asking the calendar per row.
     */
    public LocalDate lastDueSoon(Instant now, LocalDate today) {
        LocalDate due = today.minusDays(1);
        while (due.isBefore(today.plusDays(400)) && dueSoonOrLate(statuses.watching(due.plusDays(1), now))) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** The reporting day of the period running on {@code today}: later watched dates are not due yet. */
    public LocalDate reportingDay(LocalDate today) {
        return statuses.reportingDay(today);
    }

    private static boolean dueSoonOrLate(AssignmentStatus status) {
        return status == AssignmentStatus.DUE_SOON || status == AssignmentStatus.OVERDUE;
    }

    /** Reminders, overdue notice and escalation steps of a task due on {@code due} (repeats excluded). */
    public List<Planned> alerts(LocalDate due) {
        return schedule.fixedAlerts(due).stream()
                .map(a -> new Planned(a.day(), a.kind() != AlertKind.REMINDER, a.recipients())).toList();
    }

    /** How many addresses an alert of {@code agencyId} goes to (users without e-mail are skipped). */
    public int addresses(List<String> recipientSpecs, String agencyId) {
        return recipients.resolve(recipientSpecs, agencyId).size();
    }

    /** The addresses of the agency's mailbox and its head(s): who receives a leader's directive. */
    public List<Address> agencyAndHead(String agencyId) {
        return recipients.resolve(List.of("mailbox", "head"), agencyId).stream()
                .map(r -> new Address(r.email(), r.name())).toList();
    }
}
