package vn.cchc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;

/**
 * The alerts of one task with a due date, from the policy and the working calendar: reminders counted back from
 * the last working day on or before the due date, overdue when the due day has ended, the escalation ladder
 * counted forward from it, then a repeat every {@code repeatEveryDays} (moved to the next working day) until
 * the task is done. Pure: the same due date always gives the same alerts.
 */
@Component
public class AlertSchedule {

    private static final int MAX_REPEATS = 520;
    private final WorkingCalendar calendar;
    private final ReminderPolicy policy;

    public AlertSchedule(WorkingCalendar calendar, ReminderPolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    public ReminderPolicy policy() {
        return policy;
    }

    /** Reminders, overdue and the ladder (repeats excluded), in firing order. */
    public List<Alert> fixedAlerts(LocalDate due) {
        LocalDate lastWorkingDay = calendar.lastWorkingDayOnOrBefore(due);
        List<Alert> alerts = new ArrayList<>();
        for (int n : policy.beforeDue()) {
            LocalDate day = calendar.plusWorkingDays(lastWorkingDay, -n);
            alerts.add(new Alert(AlertKind.REMINDER, -n, day, at(day), policy.reminderRecipients()));
        }
        alerts.add(new Alert(AlertKind.OVERDUE, 0, due, instant(due.plusDays(1), LocalTime.MIDNIGHT),
                policy.overdueRecipients()));
        for (ReminderPolicy.Step step : policy.escalation()) {
            LocalDate day = calendar.plusWorkingDays(lastWorkingDay, step.afterWorkingDays());
            alerts.add(new Alert(AlertKind.ESCALATION, step.afterWorkingDays(), day, at(day), step.recipients()));
        }
        alerts.sort(null);
        return alerts;
    }

    /**
     * Where the ladder of a step due on {@code due} stands at {@code now}: the last of the overdue notice and the
     * escalation levels whose time has come, or empty while the due day has not ended.
     */
    public Optional<Alert> currentLevel(LocalDate due, Instant now) {
        return fixedAlerts(due).stream().filter(a -> a.kind().isLadder() && !a.at().isAfter(now))
                .reduce((earlier, later) -> later);
    }

    /**
     * Catch-up: where the follow-up of a step deployed, extended or restarted at {@code now} starts. Past due, it is
     * the current ladder level (its time has passed, so its timer fires at once and it is notified once: not every
     * missed level, not nothing); otherwise the first alert still to come.
     */
    public Optional<Alert> start(LocalDate due, Instant now) {
        Optional<Alert> level = currentLevel(due, now);
        return level.isPresent() ? level : firstAfter(due, now);
    }

    /**
     * What a timer waiting for {@code fired} notifies when it goes off at {@code now}, late after a pause (a stopped
     * server): the highest ladder level reached since {@code fired}, else the latest reminder or repeat that has
     * come. So a server down across two ladder dates notifies the current level once.
     */
    public Alert toNotify(LocalDate due, Alert fired, Instant now) {
        Optional<Alert> level = currentLevel(due, now).filter(a -> a.compareTo(fired) >= 0);
        if (level.isPresent()) {
            return level.get();
        }
        Alert latest = fired;
        for (Optional<Alert> n = following(due, fired); n.isPresent() && !n.get().at().isAfter(now);
             n = following(due, n.get())) {
            latest = n.get();
        }
        return latest;
    }

    /**
     * The alert after {@code notified}, at {@code now}: alerts whose time passed while the timer was late are
     * skipped, alerts of the same instant (an escalation and a repeat on the same morning) are not.
     */
    public Optional<Alert> next(LocalDate due, Alert notified, Instant now) {
        return first(due, a -> a.compareTo(notified) > 0 && !a.at().isBefore(now));
    }

    /** The first alert that fires after {@code now}. */
    public Optional<Alert> firstAfter(LocalDate due, Instant now) {
        return first(due, a -> a.at().isAfter(now));
    }

    /** The alert that follows {@code fired}. */
    public Optional<Alert> following(LocalDate due, Alert fired) {
        return first(due, a -> a.compareTo(fired) > 0);
    }

    /** The next escalation step after {@code from}: who hears of the task if nothing happens. */
    public Optional<Alert> nextEscalation(LocalDate due, Alert from) {
        return fixedAlerts(due).stream().filter(a -> a.kind() == AlertKind.ESCALATION && a.compareTo(from) > 0)
                .findFirst();
    }

    /**
     * Rebuilds a stored alert ({@code REMINDER:-3}) of the task due on {@code due}. A repeat is computed from its
     * own offset: searching the series for it walked all {@value #MAX_REPEATS} repeats for every other code, twice
     * per reminder fired (a sixth of the timers' CPU in the quarter-end burst, docs/benchmarks.md).
     */
    public Optional<Alert> byCode(LocalDate due, String code) {
        String repeat = AlertKind.REPEAT + ":";
        if (!code.startsWith(repeat)) {
            return fixedAlerts(due).stream().filter(a -> a.code().equals(code)).findFirst();
        }
        int every = policy.repeatEveryDays();
        int days;
        try {
            days = Integer.parseInt(code.substring(repeat.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (every <= 0 || days <= 0 || days % every != 0 || days / every > MAX_REPEATS) {
            return Optional.empty();
        }
        LocalDate day = repeatDay(due, days);
        if (days > every && day.equals(repeatDay(due, days - every))) {
            return Optional.empty(); // falls on the same working day as the repeat before it: not in the series
        }
        return Optional.of(new Alert(AlertKind.REPEAT, days, day, at(day), policy.repeatRecipients()));
    }

    public Optional<String> label(Alert escalation) {
        return policy.escalation().stream().filter(s -> s.afterWorkingDays() == escalation.offset())
                .map(ReminderPolicy.Step::label).findFirst();
    }

    /** Day of the first reminder (the task's follow-up date), or the due date when there are no reminders. */
    public LocalDate firstReminderDay(LocalDate due) {
        return fixedAlerts(due).stream().filter(a -> a.kind() == AlertKind.REMINDER).map(Alert::day).findFirst()
                .orElse(due);
    }

    /** The first alert of the schedule (repeats included) that {@code wanted} accepts. */
    Optional<Alert> first(LocalDate due, Predicate<Alert> wanted) {
        Optional<Alert> fixed = fixedAlerts(due).stream().filter(wanted).findFirst();
        Optional<Alert> repeat = firstRepeat(due, wanted);
        if (fixed.isPresent() && repeat.isPresent()) {
            return Optional.of(fixed.get().compareTo(repeat.get()) <= 0 ? fixed.get() : repeat.get());
        }
        return fixed.isPresent() ? fixed : repeat;
    }

    private Optional<Alert> firstRepeat(LocalDate due, Predicate<Alert> wanted) {
        if (policy.repeatEveryDays() <= 0) {
            return Optional.empty();
        }
        LocalDate previous = null;
        for (int k = 1; k <= MAX_REPEATS; k++) {
            int days = k * policy.repeatEveryDays();
            LocalDate day = repeatDay(due, days);
            if (day.equals(previous)) {
                continue;
            }
            previous = day;
            Alert repeat = new Alert(AlertKind.REPEAT, days, day, at(day), policy.repeatRecipients());
            if (wanted.test(repeat)) {
                return Optional.of(repeat);
            }
        }
        return Optional.empty();
    }

    private LocalDate repeatDay(LocalDate due, int days) {
        return nextWorkingDayOnOrAfter(due.plusDays(days));
    }

    private LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private Instant at(LocalDate day) {
        return instant(day, policy.alertTime());
    }

    private static Instant instant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DueDates.ZONE).toInstant();
    }
}
