package vn.cchc.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code followUp}: the same schedule ({@link AlertSchedule}), ladder and notifier as a plan task's
 * reminder loop. "Lập lịch nhắc việc" starts where the step stands now (catch-up: past due, the current ladder level,
 * whose timer fires at once); each named step of the ladder ("Nhắc trước hạn", "Quá hạn", "Báo lãnh đạo đơn vị",
 * "Báo Sở Nội vụ", "Báo lãnh đạo UBND", "Nhắc lại hằng tuần") writes its notifications while the step is owed, and
 * plans the next alert.
 */
@Component
class FollowUpProgress {

    private final AlertSchedule schedule;
    private final AlertNotifier notifier;
    private final FollowUpSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpProgress(AlertSchedule schedule, AlertNotifier notifier, FollowUpSteps steps,
                     ApplicationEventPublisher events, Clock clock) {
        this.schedule = schedule;
        this.notifier = notifier;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    void plan(DelegateExecution execution) {
        LocalDate due = FollowUpSteps.due(execution);
        waitFor(execution, due == null ? Optional.empty() : schedule.start(due, clock.instant()));
    }

    /** The alert the fired timer notifies now (after a pause: the level reached), empty when it must replan. */
    Optional<Alert> toNotify(DelegateExecution execution) {
        LocalDate due = FollowUpSteps.due(execution);
        String code = (String) execution.getVariable(ReminderVariables.NEXT_ALERT);
        Alert alert = due == null || code == null ? null : schedule.byCode(due, code).orElse(null);
        return alert == null ? Optional.empty() : Optional.of(schedule.toNotify(due, alert, clock.instant()));
    }

    void dispatch(DelegateExecution execution) {
        Optional<Alert> toNotify = toNotify(execution);
        if (toNotify.isEmpty()) {
            plan(execution);
            return;
        }
        Instant now = clock.instant();
        Alert alert = toNotify.get();
        if (FollowUpSteps.kind(execution).remindersOnly() && alert.kind() != AlertKind.REMINDER) {
            waitFor(execution, Optional.empty()); // late past the due date: nothing more to say
            return;
        }
        FollowedStep step = steps.read(execution);
        if (step.owed()) {
            if (alert.kind() != AlertKind.REMINDER) {
                events.publishEvent(new StepOverdue(step.kind(), step.businessKey(), step.ref(), step.agencyId(),
                        step.due()));
            }
            notifier.notify(step, alert);
        }
        waitFor(execution, schedule.next(step.due(), alert, now));
    }

    /** Plans {@code next}; a reminders-only kind ({@link FollowUpKind#remindersOnly()}) ends at the first other. */
    private static void waitFor(DelegateExecution execution, Optional<Alert> next) {
        Optional<Alert> planned = FollowUpSteps.kind(execution).remindersOnly()
                ? next.filter(a -> a.kind() == AlertKind.REMINDER) : next;
        FollowUpSteps.instance(execution).setVariable(ReminderVariables.NEXT_ALERT,
                planned.map(Alert::code).orElse(null));
    }

    /** {@code ${followUpPlanning}}: "Lập lịch nhắc việc", "Lập lại lịch nhắc việc". */
    @Component("followUpPlanning")
    static class Planning implements JavaDelegate {

        private final FollowUpProgress progress;

        Planning(FollowUpProgress progress) {
            this.progress = progress;
        }

        @Override
        public void execute(DelegateExecution execution) {
            progress.plan(execution);
        }
    }

    /** {@code ${followUpDispatch}}: the named steps of the ladder. */
    @Component("followUpDispatch")
    static class Dispatch implements JavaDelegate {

        private final FollowUpProgress progress;

        Dispatch(FollowUpProgress progress) {
            this.progress = progress;
        }

        @Override
        public void execute(DelegateExecution execution) {
            progress.dispatch(execution);
        }
    }

    /** {@code ${followUpLadderStep}}: which named step the fired timer is (transient {@code ladderStep}). */
    @Component("followUpLadderStep")
    static class Step implements ExecutionListener {

        private final FollowUpProgress progress;
        private final LadderStep ladder;

        Step(FollowUpProgress progress, LadderStep ladder) {
            this.progress = progress;
            this.ladder = ladder;
        }

        @Override
        public void notify(DelegateExecution execution) {
            execution.setVariableLocal(LadderStep.VARIABLE, Variables.stringValue(
                    progress.toNotify(execution).map(ladder::step).orElse(LadderStep.REPLAN), true));
        }
    }

    /** {@code ${followUpTime.of(execution)}}: the instant of the alert the timer waits for. */
    @Component("followUpTime")
    public static class Time {

        private final AlertSchedule schedule;

        Time(AlertSchedule schedule) {
            this.schedule = schedule;
        }

        public java.util.Date of(DelegateExecution timer) {
            String code = (String) timer.getVariable(ReminderVariables.NEXT_ALERT);
            LocalDate due = FollowUpSteps.due(timer);
            Alert alert = code == null || due == null ? null : schedule.byCode(due, code).orElse(null);
            if (alert == null) {
                throw new IllegalStateException("no alert '" + code + "' for the due date of "
                        + timer.getProcessBusinessKey());
            }
            return java.util.Date.from(alert.at());
        }
    }
}
