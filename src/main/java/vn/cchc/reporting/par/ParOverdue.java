package vn.cchc.reporting.par;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.followup.OverdueKind;
import vn.cchc.followup.OverdueKind.Audience;
import vn.cchc.followup.OverdueNotice;
import vn.cchc.followup.OverdueNotices;

/**
 * {@code ${parOverdue}}: a self-assessment or an appraisal passed its due date. Logs it and writes the
 * notifications in the same transaction: a late self-assessment to the agency and SNV; a late appraisal to each
 * appraising department whose area is still open (key: activity + area) and one summary to SNV naming them all.
 * Idempotency key: business key + activity id (+ area) + address.
 */
@Component("parOverdue")
class ParOverdue implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ParOverdue.class);
    static final String SELF_ASSESSMENT_OVERDUE = "recordSelfAssessmentOverdue";

    private final OverdueNotices notices;
    private final ParSteps steps;
    private final ParIndexProperties properties;
    private final AgencyDirectory directory;

    ParOverdue(OverdueNotices notices, ParSteps steps, ParIndexProperties properties, AgencyDirectory directory) {
        this.notices = notices;
        this.steps = steps;
        this.properties = properties;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        log.warn("PAR Index step overdue: {} ({})", execution.getProcessBusinessKey(), activity);
        String key = execution.getProcessBusinessKey();
        String agencyId = (String) execution.getVariable("agencyId");
        String planId = (String) execution.getVariable("planId");
        Map<String, Object> facts = new HashMap<>();
        Object year = execution.getVariable("planYear");
        facts.put("planYear", year instanceof Number n ? String.valueOf(n.intValue()) : String.valueOf(year));
        facts.put("assessedAgencyName", name(agencyId));
        if (SELF_ASSESSMENT_OVERDUE.equals(activity)) {
            Task open = OverdueNotices.openTask(execution, "selfAssess");
            notices.notify(new OverdueNotice(OverdueKind.PAR_SELF_ASSESSMENT, Audience.AGENCY_AND_SNV, key, activity,
                    agencyId, planId, OverdueNotices.day(execution.getVariable("selfAssessmentDueAt")),
                    open == null ? null : open.getId(), facts));
            return;
        }
        LocalDate due = OverdueNotices.day(execution.getVariable("appraisalDueAt"));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<String> late = new ArrayList<>();
        List<String> lateCriteria = new ArrayList<>();
        for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("appraiseArea").list()) {
            String area = (String) tasks.getVariable(open.getId(), "area");
            String appraiser = steps.appraiserOf(area);
            if (appraiser == null) {
                continue;
            }
            String criteria = properties.ofArea(area).stream().map(c -> c.id() + " " + c.name())
                    .collect(Collectors.joining("; "));
            late.add(name(appraiser));
            lateCriteria.add(criteria);
            Map<String, Object> areaFacts = new HashMap<>(facts);
            areaFacts.put("appraisers", name(appraiser));
            areaFacts.put("criteria", criteria);
            notices.notify(new OverdueNotice(OverdueKind.PAR_APPRAISAL, Audience.AGENCY, key, activity + ":" + area,
                    appraiser, planId, due, open.getId(), areaFacts));
        }
        if (!late.isEmpty()) {
            facts.put("appraisers", String.join(", ", late));
            facts.put("criteria", String.join("; ", lateCriteria));
            notices.notify(new OverdueNotice(OverdueKind.PAR_APPRAISAL, Audience.SNV, key, activity, agencyId, planId,
                    due, null, facts));
        }
    }

    private String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }
}
