package vn.cchc.reporting.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.followup.Alert;
import vn.cchc.followup.AlertKind;
import vn.cchc.followup.AlertSchedule;
import vn.cchc.followup.ReminderPolicy;

/**
 * The alerts of a report, remediation or PAR Index step: {@link AlertSchedule} on the reporting policy, without the
 * OVERDUE alert (the due day's passing is already announced to the agency and SNV by the processes' own overdue
 * notice). After a pause (the engine was stopped, or a test moved the clock far), the level reached is notified
 * once and the missed ones are skipped (catch-up, as for plan tasks). Alerts of the same morning all fire.
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

    /**
     * Where a newly opened (or restarted) step starts: past its head level, the current escalation level (its timer
     * fires at once: catch-up, {@link AlertSchedule#start}); otherwise the first alert after {@code now}.
     */
    public Optional<Alert> first(LocalDate due, Instant now) {
        return skipOverdue(due, schedule.start(due, now));
    }

    /**
     * What the timer waiting for {@code fired} notifies at {@code now}: the level reached ({@link
     * AlertSchedule#toNotify}; after a pause only the current level, once), nothing when that is the overdue
     * notice the process sends itself.
     */
    public Optional<Alert> toNotify(LocalDate due, Alert fired, Instant now) {
        Alert notified = schedule.toNotify(due, fired, now);
        return notified.kind() == AlertKind.OVERDUE ? Optional.empty() : Optional.of(notified);
    }

    /** What comes after {@code notified} at {@code now}: alerts passed while the timer was late are skipped. */
    public Optional<Alert> next(LocalDate due, Alert notified, Instant now) {
        return skipOverdue(due, schedule.next(due, notified, now));
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
