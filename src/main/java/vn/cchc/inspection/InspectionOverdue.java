package vn.cchc.inspection;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.followup.OverdueKind;
import vn.cchc.followup.OverdueKind.Audience;
import vn.cchc.followup.OverdueNotice;
import vn.cchc.followup.OverdueNotices;

/**
 * {@code ${inspectionOverdue}}: a self-report, a conclusion or a remediation passed its due date. Lateness itself is
 * recorded by the dates (a finding's remedy time against its due day); this step logs it and writes the
 * notifications in the same transaction: the agency and SNV for a self-report or a remediation, SNV for its own
 * conclusion. Idempotency key: business key + activity id (+ address).
 */
@Component("inspectionOverdue")
class InspectionOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(InspectionOverdue.class);

    /** Overdue service task → what is late, its task and its due-date variable. */
    private record Step(OverdueKind kind, Audience audience, String taskKey, String dueVariable) {
    }

    private static final Map<String, Step> STEPS = Map.of(
            "recordSelfReportOverdue", new Step(OverdueKind.SELF_REPORT, Audience.AGENCY_AND_SNV, "selfReport",
                    InspectionVariables.SELF_REPORT_DUE_AT),
            // the conclusion is SNV's own task
            "recordConclusionOverdue", new Step(OverdueKind.CONCLUSION, Audience.SNV, "concludeInspection",
                    InspectionVariables.CONCLUSION_DUE_AT),
            "recordRemedyOverdue", new Step(OverdueKind.REMEDIATION, Audience.AGENCY_AND_SNV, "remedyFinding",
                    InspectionVariables.FINDING_DUE_AT));

    private final OverdueNotices notices;

    InspectionOverdue(OverdueNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        String agencyId = (String) execution.getVariable(InspectionVariables.AGENCY_ID);
        log.warn("Inspection step overdue: {} ({}), agency {}", execution.getProcessBusinessKey(), activity, agencyId);
        Step step = STEPS.get(activity);
        if (step == null) {
            throw new IllegalStateException("inspectionOverdue: unknown overdue step " + activity);
        }
        Task open = OverdueNotices.openTask(execution, step.taskKey());
        Map<String, Object> facts = new HashMap<>();
        facts.put("visitDate", text(execution, InspectionVariables.VISIT_DATE_TEXT));
        facts.put("findingText", text(execution, InspectionVariables.FINDING_TEXT));
        notices.notify(new OverdueNotice(step.kind(), step.audience(), execution.getProcessBusinessKey(), activity,
                agencyId, null, OverdueNotices.day(execution.getVariable(step.dueVariable())),
                open == null ? null : open.getId(), facts));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
