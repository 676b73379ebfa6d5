package vn.cchc.plan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.Resolution;
import vn.cchc.shared.DueDates;

/**
 * Completing the draft: checks every field, stores the items, and resolves the agencies asked for comments. Any
 * problem refuses the completion with a message naming each field, and nothing is stored.
 */
@Component("draftCompletion")
class DraftCompletion implements TaskListener {

    private final Plans plans;
    private final PlanItems items;
    private final ItemsJson itemsJson;
    private final AgencyResolver resolver;
    private final PlanSummaries summaries;
    private final AgencyDirectory directory;

    DraftCompletion(Plans plans, PlanItems items, ItemsJson itemsJson, AgencyResolver resolver,
                    PlanSummaries summaries, AgencyDirectory directory) {
        this.directory = directory;
        this.plans = plans;
        this.items = items;
        this.itemsJson = itemsJson;
        this.resolver = resolver;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Integer year = form.number(PlanVariables.PLAN_YEAR);
        form.plausibleYear(PlanVariables.PLAN_YEAR, year);
        String title = form.text(PlanVariables.PLAN_TITLE, Plan.TITLE_LENGTH);
        String commentAgencies = form.optionalText(PlanVariables.COMMENT_AGENCIES);
        Resolution commenters = new Resolution(List.of(), List.of());
        if (commentAgencies != null) {
            commenters = resolver.resolve(commentAgencies);
            commenters.unresolved().forEach(p -> form.problem(PlanVariables.COMMENT_AGENCIES,
                    "plan.form.commentAgencyUnknown", p));
            LocalDate deadline = form.date(PlanVariables.COMMENT_DEADLINE);
            if (deadline != null) {
                task.setVariable(PlanVariables.COMMENT_DEADLINE_AT, DueDates.endOfDayIso(deadline));
                task.setVariable(PlanVariables.COMMENT_DEADLINE_TEXT, DueDates.format(deadline));
            }
        }
        form.check();
        String planId = (String) task.getVariable(PlanVariables.PLAN_ID);
        // before the items are read: an import of the same plan in flight finishes first
        Plan plan = plans.lockNamed(planId);
        List<PlanItem> read = itemsJson.read(planId, year, (String) task.getVariable(PlanVariables.ITEMS_JSON));
        plan.redraft(year, title);
        plans.update(plan);
        items.replaceAll(planId, read);
        task.setVariable(PlanVariables.ITEMS_SUMMARY, summaries.items(read));
        task.setVariable(PlanVariables.COMMENT_AGENCIES, String.join(",", commenters.agencyIds()));
        if (commenters.agencyIds().isEmpty()) {
            task.removeVariables(List.of(PlanVariables.COMMENT_AGENCIES_TEXT, PlanVariables.COMMENT_DEADLINE_TEXT));
        } else {
            task.setVariable(PlanVariables.COMMENT_AGENCIES_TEXT, String.join("; ", commenters.agencyIds().stream()
                    .map(id -> directory.byId(id).map(Agency::name).orElse(id)).toList()));
        }
        // the previous round's decision and return reason no longer apply to the new draft
        task.removeVariables(List.of(PlanVariables.APPROVED, PlanVariables.COMMENT, PlanVariables.RETURNED_BY));
    }
}
