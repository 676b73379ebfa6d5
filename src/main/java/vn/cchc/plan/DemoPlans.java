package vn.cchc.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;

/**
 * Demo run only ({@code cchc.demo.sample-plans}): two sample plans so a newcomer sees work at once — this year's
 * plan issued a few weeks ago and deployed to its agencies, and next year's plan waiting for the SNV director's
 * review. This year's deadlines are set relative to the day the demo first starts ({@link DemoTimeline}): some
 * overdue, some due soon, one done, one reminded during the first minute ({@link DemoStart}). Created once; later
 * starts find them and do nothing.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "cchc.demo.sample-plans", havingValue = "true")
class DemoPlans implements ApplicationRunner {

    private static final Path ITEMS = Path.of("config/demo/sample-plan.json");
    private static final Path DATES = Path.of("config/demo/sample-plan-dates.json");
    static final String DECISION_NUMBER = "2890/QĐ-UBND";
    private final Plans plans;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final WorkingCalendar calendar;
    private final DemoStart demoStart;
    private final java.time.Clock clock;

    DemoPlans(Plans plans, RuntimeService runtime, TaskService tasks, IdentityService identity,
              WorkingCalendar calendar, DemoStart demoStart, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.calendar = calendar;
        this.demoStart = demoStart;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String items = Files.readString(ITEMS);
        String current = "KH-DEMO-" + year;
        if (plans.find(current).isEmpty()) {
            DemoTimeline timeline = DemoTimeline.load(DATES);
            LocalDate issued = timeline.issued(today);
            String instance = start(current, year, timeline.apply(items, today, calendar));
            as("giamdoc.snv", "snv-director").complete(instance, "reviewDraft", decision());
            as("chuyenvien.snv", "snv-specialist").complete(instance, "submitProposal", Map.of(
                    PlanVariables.SUBMISSION_NUMBER, "778/TTr-SNV",
                    PlanVariables.SUBMISSION_DATE, issued.minusDays(14).toString()));
            as("thamdinh.vp", "van-phong-ubnd").complete(instance, "appraiseSubmission", decision());
            as("chutich.ubnd", "ubnd-leader").complete(instance, "approvePlan", decision());
            // issued "weeks ago": its agencies were told then, not at the demo's start (set by the system: the
            // issuing form has no such field, and an official may only send the form's fields)
            runtime.setVariable(instance, PlanVariables.NOTIFY_NEW_TASKS, false);
            as("chuyenvien.snv", "snv-specialist").complete(instance, "issuePlan", Map.of(
                    PlanVariables.DECISION_NUMBER, DECISION_NUMBER, PlanVariables.DECISION_DATE, issued.toString(),
                    PlanVariables.SIGNER, "Chủ tịch UBND tỉnh"));
            demoStart.afterDeployment(DECISION_NUMBER, timeline.itemsMarked(DemoTimeline.DONE),
                    timeline.itemsMarked(DemoTimeline.REMINDER_NOW));
        }
        String next = "KH-DEMO-" + (year + 1);
        if (plans.find(next).isEmpty()) {
            start(next, year + 1, items);
        }
    }

    private String start(String planId, int year, String items) {
        String instance = runtime.startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, year, PlanVariables.PLAN_TITLE,
                        "Kế hoạch cải cách hành chính năm " + year + " (mẫu)")).getId();
        Map<String, Object> draft = new HashMap<>();
        draft.put(PlanVariables.PLAN_YEAR, year);
        draft.put(PlanVariables.PLAN_TITLE, "Kế hoạch cải cách hành chính năm " + year + " trên địa bàn tỉnh (mẫu)");
        draft.put(PlanVariables.ITEMS_JSON, items);
        draft.put(PlanVariables.COMMENT_AGENCIES, "");
        as("chuyenvien.snv", "snv-specialist").complete(instance, "draftPlan", draft);
        return instance;
    }

    private static Map<String, Object> decision() {
        return Map.of(PlanVariables.APPROVED, true);
    }

    private Actor as(String user, String group) {
        return new Actor(user, List.of(group));
    }

    private final class Actor {
        private final String user;
        private final List<String> groups;

        Actor(String user, List<String> groups) {
            this.user = user;
            this.groups = groups;
        }

        void complete(String instance, String taskKey, Map<String, Object> vars) {
            Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
            identity.setAuthentication(user, groups);
            try {
                tasks.complete(task.getId(), vars);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
