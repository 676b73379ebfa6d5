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
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.Checkpoints;
import vn.cchc.shared.DueDates;

/**
 * The steps of {@code followUp}, for every kind of step with a deadline (plan tasks included): one schedule
 * ({@link AlertSchedule}), one ladder, one notifier. "Lập lịch nhắc việc" starts where the step stands now (catch-up:
 * past due, the current ladder level, whose timer fires at once); each named step of the ladder ("Nhắc trước hạn",
 * "Quá hạn", "Báo lãnh đạo đơn vị", "Báo Sở Nội vụ", "Báo lãnh đạo UBND", "Nhắc lại hằng tuần") writes its
 * notifications while the step is owed, and plans the next alert the kind's ladder takes ({@link FollowUpLadder}).
 * A follow-up given a plan assignment ({@link FollowUpVariables#ASSIGNMENT_ID}) keeps that assignment's status (row
 * and Tasklist card) in step at each planning and alert, and, without a due date but with a checkpoint year
 * ({@link FollowUpVariables#CHECKPOINT_YEAR}), follows the earliest checkpoint not recorded.
 */
@Component
class FollowUpProgress {

    private final AlertSchedule schedule;
    private final AlertNotifier notifier;
    private final FollowUpSteps steps;
    private final FollowUpLadder ladder;
    private final CheckpointFollowUp checkpoints;
    private final Assignments assignments;
    private final AssignmentStatuses statuses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpProgress(AlertSchedule schedule, AlertNotifier notifier, FollowUpSteps steps, FollowUpLadder ladder,
                     CheckpointFollowUp checkpoints, Assignments assignments, AssignmentStatuses statuses,
                     ApplicationEventPublisher events, Clock clock) {
        this.schedule = schedule;
        this.notifier = notifier;
        this.steps = steps;
        this.ladder = ladder;
        this.checkpoints = checkpoints;
        this.assignments = assignments;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
    }

    /**
     * (Re)plans from now (the step opened, its date moved, a checkpoint recorded, a restart): the status of now, and
     * where the follow-up stands ({@link AlertSchedule#start}).
     */
    void plan(DelegateExecution execution) {
        DelegateExecution instance = FollowUpSteps.instance(execution);
        LocalDate due = FollowUpSteps.inputDue(execution);
        String assignment = assignment(instance);
        if (due == null && assignment != null
                && instance.getVariable(FollowUpVariables.CHECKPOINT_YEAR) instanceof Number year) {
            Optional<Checkpoints.Row> open = checkpoints.watched(assignment, year.intValue());
            due = open.map(Checkpoints.Row::due).orElse(null);
            instance.setVariableLocal(ReminderVariables.FOLLOWED_DUE, DueDates.endOfDay(due));
            instance.setVariableLocal(ReminderVariables.FOLLOWED_PERIOD,
                    open.map(Checkpoints.Row::period).orElse(null));
        }
        if (due == null) {
            waitFor(execution, null, Optional.empty());
            return;
        }
        Instant now = clock.instant();
        updateStatus(assignment, due, now);
        waitFor(execution, due, schedule.start(due, now));
    }

    /**
     * The alert the fired timer notifies now ({@link AlertSchedule#toNotify}: after a pause, the level reached);
     * empty when there is nothing to notify but the follow-up must plan again (the checkpoint it watched was
     * recorded, or the stored alert is not in the schedule of the date followed now).
     */
    Optional<Alert> toNotify(DelegateExecution execution) {
        DelegateExecution instance = FollowUpSteps.instance(execution);
        LocalDate due = FollowUpSteps.due(execution);
        String code = (String) instance.getVariable(ReminderVariables.NEXT_ALERT);
        Alert alert = due == null || code == null ? null : schedule.byCode(due, code).orElse(null);
        Object period = instance.getVariable(ReminderVariables.FOLLOWED_PERIOD);
        if (alert == null || period != null && checkpoints.recorded(assignment(instance), period.toString())) {
            return Optional.empty();
        }
        return Optional.of(schedule.toNotify(due, alert, clock.instant()));
    }

    void dispatch(DelegateExecution execution) {
        Optional<Alert> toNotify = toNotify(execution);
        if (toNotify.isEmpty()) {
            plan(execution);
            return;
        }
        Instant now = clock.instant();
        Alert alert = toNotify.get();
        LocalDate due = FollowUpSteps.due(execution);
        if (ladder.takes(FollowUpSteps.kind(execution), alert)) {
            FollowedStep step = steps.read(execution);
            if (step.owed()) {
                if (alert.kind() != AlertKind.REMINDER) {
                    events.publishEvent(new StepOverdue(step.kind(), step.businessKey(), step.ref(), step.agencyId(),
                            step.due()));
                }
                notifier.notify(step, alert);
            }
        }
        updateStatus(assignment(FollowUpSteps.instance(execution)), due, now);
        waitFor(execution, due, schedule.next(due, alert, now));
    }

    /** The status of the rule for the followed assignment, on its row and its task card (none: nothing). */
    private void updateStatus(String assignment, LocalDate watched, Instant now) {
        if (assignment != null) {
            assignments.updateStatus(assignment, statuses.watching(watched, now));
        }
    }

    private static String assignment(DelegateExecution instance) {
        Object id = instance.getVariable(FollowUpVariables.ASSIGNMENT_ID);
        return id == null ? null : id.toString();
    }

    /**
     * Plans {@code next}, or, when the kind's ladder leaves that step out, the first later alert it takes (none:
     * the follow-up ends).
     */
    private void waitFor(DelegateExecution execution, LocalDate due, Optional<Alert> next) {
        FollowUpKind kind = FollowUpSteps.kind(execution);
        Optional<Alert> planned = next;
        if (planned.isPresent() && !ladder.takes(kind, planned.get())) {
            Alert skipped = planned.get();
            Instant now = clock.instant();
            planned = schedule.first(due, a -> a.compareTo(skipped) > 0 && !a.at().isBefore(now)
                    && ladder.takes(kind, a));
        }
        FollowUpSteps.instance(execution).setVariableLocal(ReminderVariables.NEXT_ALERT,
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
        private final FollowUpLadder ladder;

        Step(FollowUpProgress progress, FollowUpLadder ladder) {
            this.progress = progress;
            this.ladder = ladder;
        }

        @Override
        public void notify(DelegateExecution execution) {
            execution.setVariableLocal(LadderStep.VARIABLE, Variables.stringValue(
                    progress.toNotify(execution).map(a -> ladder.step(a).name()).orElse(LadderStep.REPLAN), true));
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
