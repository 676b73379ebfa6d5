package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.WorkingCalendar;

/**
 * Deployment of an issued plan: one {@code planTask} per (item × lead agency), business key
 * {@code <decision number>:<item no>:<agency id>}, with its due date moved to a working day. Runs as an asynchronous
 * job in one transaction: a failure retries the whole deployment and never leaves half of it.
 */
@Component("deployPlanTasks")
class PlanTaskDeployment implements JavaDelegate {

    private final Plans plans;
    private final PlanItems items;
    private final Assignments assignments;
    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;

    PlanTaskDeployment(Plans plans, PlanItems items, Assignments assignments, AgencyDirectory directory,
                       WorkingCalendar calendar) {
        this.plans = plans;
        this.items = items;
        this.assignments = assignments;
        this.directory = directory;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(PlanVariables.PLAN_ID));
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<Assignments.Assignment> started = new ArrayList<>();
        for (PlanItem item : items.findByPlan(plan.id())) {
            LocalDate due = item.dueDate() == null ? null : calendar.effectiveDue(item.dueDate());
            for (String agencyId : item.leadAgencies()) {
                String key = plan.decisionNumber() + ":" + item.itemNo() + ":" + agencyId;
                String instanceId = runtime.createProcessInstanceByKey(PlanVariables.TASK_PROCESS_KEY)
                        .businessKey(key).setVariables(variables(plan, item, agencyId, due)).execute().getId();
                started.add(new Assignments.Assignment(key, plan.id(), item.itemNo(), agencyId, due,
                        initialStatus(item.deadlineKind(), due), instanceId));
            }
        }
        assignments.insertAll(started);
    }

    private Map<String, Object> variables(Plan plan, PlanItem item, String agencyId, LocalDate due) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PlanVariables.PLAN_ID, plan.id());
        vars.put(PlanVariables.PLAN_TITLE, plan.title());
        vars.put(PlanVariables.DECISION_NUMBER, plan.decisionNumber());
        vars.put(PlanVariables.ITEM_NO, item.itemNo());
        vars.put(PlanVariables.AGENCY_ID, agencyId);
        vars.put(PlanVariables.AGENCY_NAME, directory.byId(agencyId).map(Agency::name).orElse(agencyId));
        vars.put(PlanVariables.TASK_TEXT, item.task());
        vars.put(PlanVariables.PRODUCT, item.product());
        vars.put(PlanVariables.DEADLINE_TEXT, item.deadlineText());
        vars.put(PlanVariables.COORDINATORS, item.coordinatorsText());
        vars.put(PlanVariables.DUE_DATE, DueDates.endOfDay(due));
        vars.put(PlanVariables.DUE_DATE_TEXT, due == null ? "Chưa xác định" : DueDates.format(due));
        return vars;
    }

    private static AssignmentStatus initialStatus(DeadlineKind kind, LocalDate due) {
        if (due != null || kind == DeadlineKind.RECURRING || kind == DeadlineKind.ONGOING) {
            return AssignmentStatus.IN_PROGRESS;
        }
        return kind == DeadlineKind.EVENT ? AssignmentStatus.WAITING_EVENT : AssignmentStatus.NO_DUE_DATE;
    }
}
