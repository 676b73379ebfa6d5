package vn.cchc.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * When a plan lifecycle starts: registers the plan (its id is the business key, or {@code KH-<year>-<n>} when none
 * was given) and records which office appraises submissions in this province.
 */
@Component("planRegistration")
class PlanRegistration implements ExecutionListener {

    private final Plans plans;
    private final CchcProperties properties;

    PlanRegistration(Plans plans, CchcProperties properties) {
        this.plans = plans;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object yearVar = execution.getVariable(PlanVariables.PLAN_YEAR);
        FormValues form = new FormValues(execution);
        // left empty: next year's plan; anything else must be a year ("abc" was taken for next year without a word)
        Integer year = yearVar == null || yearVar.toString().isBlank()
                ? Integer.valueOf(java.time.Year.now(DueDates.ZONE).getValue() + 1)
                : form.number(PlanVariables.PLAN_YEAR);
        form.plausibleYear(PlanVariables.PLAN_YEAR, year);
        String title = form.optionalText(PlanVariables.PLAN_TITLE, Plan.TITLE_LENGTH);
        String id = execution.getProcessBusinessKey();
        if (id != null && !id.isBlank() && !Plan.ID.matcher(id).matches()) {
            // the Tasklist's start dialog lets an official type the business key: it becomes the plan's address
            form.problem("businessKey", "plan.registration.badId",
                    id.length() > Plan.ID_LENGTH ? id.substring(0, Plan.ID_LENGTH) + "…" : id, Plan.ID_LENGTH);
        }
        form.check();
        if (id == null || id.isBlank()) {
            id = plans.nextId(year);
            execution.setProcessBusinessKey(id);
        }
        if (plans.find(id).isPresent()) {
            throw PlanInputException.conflict("plan.registration.exists", id);
        }
        plans.insert(Plan.newDraft(id, year, title == null ? Texts.get("plan.defaultTitle", year) : title));
        execution.setVariable(PlanVariables.PLAN_ID, id);
        execution.setVariable(PlanVariables.PLAN_YEAR, year);
        execution.setVariable(PlanVariables.APPRAISER_GROUP, properties.lifecycle().appraiserGroup());
        execution.setVariable(PlanVariables.LEGAL_APPRAISER_GROUP, properties.lifecycle().legalAppraiserGroup());
    }
}
