package vn.cchc.followup;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which named step of the ladder an alert is ({@link LadderStep}), and whether a kind of follow-up takes it: every
 * step unless {@code cchc.reminders.ladders.<KIND>} in config/notify.yml lists the steps that kind takes (comments
 * on a draft: {@code [BEFORE_DUE]}). One schedule for every kind; the configuration only leaves steps out.
 */
@Component
class FollowUpLadder {

    private static final List<LadderStep> LEVELS = List.of(LadderStep.HEAD, LadderStep.SNV, LadderStep.UBND);
    private final ReminderPolicy policy;

    FollowUpLadder(ReminderPolicy policy) {
        this.policy = policy;
    }

    LadderStep step(Alert alert) {
        return switch (alert.kind()) {
            case REMINDER -> LadderStep.BEFORE_DUE;
            case OVERDUE -> LadderStep.OVERDUE;
            case REPEAT -> LadderStep.REPEAT;
            case ESCALATION -> LEVELS.get(Math.min(level(alert), LEVELS.size() - 1));
        };
    }

    boolean takes(FollowUpKind kind, Alert alert) {
        List<LadderStep> steps = policy.ladders().get(kind);
        return steps == null || steps.contains(step(alert));
    }

    private int level(Alert escalation) {
        List<ReminderPolicy.Step> steps = policy.escalation();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).afterWorkingDays() == escalation.offset()) {
                return i;
            }
        }
        return steps.size() - 1;
    }
}
