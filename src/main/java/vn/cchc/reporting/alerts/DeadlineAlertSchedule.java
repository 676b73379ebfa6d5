package vn.cchc.reporting.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.reminder.Alert;
import vn.cchc.reminder.AlertKind;
import vn.cchc.reminder.AlertSchedule;
import vn.cchc.reminder.ReminderPolicy;

/**
 * The alerts of a report, remediation or PAR Index step: {@link AlertSchedule} on the reporting policy, without the
 * OVERDUE alert (the due day's passing is already announced to the agency and SNV by the processes' own overdue
 * notice). After a pause (the engine was stopped, or a test moved the clock far), missed reminders and repeats are
 * skipped, but no escalation step is: each still fires once, late. Alerts of the same morning all fire.
 */
@Component
@EnableConfigurationProperties(DeadlineAlertProperties.class)
public class DeadlineAlertSchedule {

    private final AlertSchedule schedule;

    DeadlineAlertSchedule(WorkingCalendar calendar, ReminderPolicy reminders, DeadlineAlertProperties properties) {
        this.schedule = new AlertSchedule(calendar, properties.over(reminders));
    }

    public ReminderPolicy policy() {
        return schedule.policy();
    }

    /** The first alert after {@code now}: where a newly opened step starts. */
    public Optional<Alert> first(LocalDate due, Instant now) {
        return skipOverdue(due, schedule.firstAfter(due, now));
    }

    /** What comes after {@code fired}: a missed escalation step, or else the first alert after {@code now}. */
    public Optional<Alert> next(LocalDate due, Alert fired, Instant now) {
        Optional<Alert> missed = schedule.fixedAlerts(due).stream()
                .filter(a -> a.kind() == AlertKind.ESCALATION && a.compareTo(fired) > 0 && !a.at().isAfter(now))
                .findFirst();
        if (missed.isPresent()) {
            return missed;
        }
        Optional<Alert> following = skipOverdue(due, schedule.following(due, fired));
        boolean sameMorning = following.isPresent() && following.get().at().equals(fired.at());
        return sameMorning || following.isPresent() && following.get().at().isAfter(now) ? following
                : first(due, now);
    }

    public Optional<Alert> byCode(LocalDate due, String code) {
        return schedule.byCode(due, code);
    }

    /** The next escalation step after {@code from} and who it reaches. */
    public Optional<Alert> nextEscalation(LocalDate due, Alert from) {
        return schedule.nextEscalation(due, from);
    }

    public Optional<String> label(Alert escalation) {
        return schedule.label(escalation);
    }

    private Optional<Alert> skipOverdue(LocalDate due, Optional<Alert> alert) {
        return alert.isPresent() && alert.get().kind() == AlertKind.OVERDUE ? schedule.following(due, alert.get())
                : alert;
    }
}
