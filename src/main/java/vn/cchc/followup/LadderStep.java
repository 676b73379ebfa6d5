package vn.cchc.followup;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Start listener of the gateway "Đến mốc nào?" in {@code planTask}: which named step of the ladder the fired timer
 * is, as transient variable {@code ladderStep}, so the diagram routes to "Nhắc trước hạn", "Quá hạn", "Báo lãnh đạo
 * đơn vị", "Báo Sở Nội vụ", "Báo lãnh đạo UBND" or "Nhắc lại hằng tuần". The escalation steps are the levels of
 * {@code cchc.reminders.escalation} in order (config/notify.yml keeps the offsets and recipients); a fourth level
 * or more goes with the third. Transient: computed once per alert, never stored.
 */
@Component("ladderStep")
class LadderStep implements ExecutionListener {

    static final String VARIABLE = "ladderStep";
    /** Nothing to notify: the loop plans again ("Lập lại lịch nhắc việc"). */
    static final String REPLAN = "REPLAN";
    private static final List<String> LEVELS = List.of("HEAD", "SNV", "UBND");

    private final AlertDispatch dispatch;
    private final AlertSchedule schedule;

    LadderStep(AlertDispatch dispatch, AlertSchedule schedule) {
        this.dispatch = dispatch;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution loop) {
        loop.setVariableLocal(VARIABLE, Variables.stringValue(dispatch.toNotify(loop).map(this::step).orElse(REPLAN),
                true));
    }

    String step(Alert alert) {
        return switch (alert.kind()) {
            case REMINDER -> "BEFORE_DUE";
            case OVERDUE -> "OVERDUE";
            case REPEAT -> "REPEAT";
            case ESCALATION -> LEVELS.get(Math.min(level(alert), LEVELS.size() - 1));
        };
    }

    private int level(Alert escalation) {
        List<ReminderPolicy.Step> steps = schedule.policy().escalation();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).afterWorkingDays() == escalation.offset()) {
                return i;
            }
        }
        return steps.size() - 1;
    }
}
