package vn.cchc.plan;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo run only: what the demo does once this year's sample plan has been deployed to its agencies, which the job
 * executor does asynchronously after issuance. A daemon thread looks every few seconds (for at most a few minutes):
 * the items marked {@code done} get their result recorded by the agency and accepted by SNV, and the first reminder
 * of the items marked {@code reminder-now} is brought forward to {@link #REMINDER_DELAY} from now, so that a newcomer
 * sees a real reminder arrive on /mailbox during the first minute instead of at 08:00 of the next working day.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.sample-plans", havingValue = "true")
class DemoStart {

    static final Duration REMINDER_DELAY = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofSeconds(3);
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final Clock clock;

    DemoStart(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
              Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.clock = clock;
    }

    /** Starts watching for the planTasks of the plan issued under {@code decisionNumber}. */
    void afterDeployment(String decisionNumber, List<Integer> doneItems, List<Integer> reminderItems) {
        Pending pending = new Pending(decisionNumber, new ArrayList<>(doneItems), new ArrayList<>(reminderItems));
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-start");
            t.setDaemon(true);
            return t;
        });
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        thread.scheduleWithFixedDelay(() -> {
            try {
                if (step(pending)) {
                    log.info("Demo: results recorded for items {}, reminders brought forward for items {}",
                            doneItems, reminderItems);
                    thread.shutdown();
                } else if (System.nanoTime() > deadline) {
                    log.warn("Demo: plan tasks not deployed after {}; left as they are", GIVE_UP);
                    thread.shutdown();
                }
            } catch (RuntimeException e) {
                log.info("Demo: will try again ({})", e.getMessage());
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean step(Pending p) {
        p.done.removeIf(item -> finish(p.decision, item));
        p.reminders.removeIf(item -> bringReminderForward(p.decision, item));
        return p.done.isEmpty() && p.reminders.isEmpty();
    }

    /** Records and accepts the result of every agency of the item; true once none is left open. */
    private boolean finish(String decision, int item) {
        List<ProcessInstance> instances = instances(decision, item);
        if (instances.isEmpty()) {
            return false;
        }
        boolean finished = true;
        for (ProcessInstance pi : instances) {
            String agency = pi.getBusinessKey().substring(pi.getBusinessKey().lastIndexOf(':') + 1);
            try {
                complete(pi, "executeTask", "cv." + agency, agency,
                        Map.of(PlanVariables.PRODUCT_REFERENCE, "Văn bản số 15/KH-" + agency + " (mẫu)"));
                complete(pi, "acceptResult", "chuyenvien.snv", "snv-specialist",
                        Map.of(PlanVariables.APPROVED, true, PlanVariables.COMMENT, ""));
            } catch (ProcessEngineException e) {
                finished = false; // the instance is still being set up by the job executor: next round
            }
        }
        return finished && instances(decision, item).isEmpty();
    }

    /** Moves the pending reminder timer of every agency of the item to just after now; true once all are moved. */
    private boolean bringReminderForward(String decision, int item) {
        List<ProcessInstance> instances = instances(decision, item);
        if (instances.isEmpty()) {
            return false;
        }
        Date soon = Date.from(clock.instant().plus(REMINDER_DELAY));
        for (ProcessInstance pi : instances) {
            // the timer is in the followUp instance the task called (same root)
            List<Job> timers = management.createJobQuery().rootProcessInstanceId(pi.getId()).timers().list();
            if (timers.isEmpty()) {
                return false; // the follow-up has not planned its first alert yet
            }
            timers.stream().filter(j -> j.getDuedate() == null || j.getDuedate().after(soon))
                    .forEach(j -> management.setJobDuedate(j.getId(), soon));
        }
        return true;
    }

    private void complete(ProcessInstance pi, String taskKey, String user, String group, Map<String, Object> vars) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            return;
        }
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), vars);
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<ProcessInstance> instances(String decision, int item) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PlanVariables.TASK_PROCESS_KEY)
                .processInstanceBusinessKeyLike(decision + ":" + item + ":%").list();
    }

    private record Pending(String decision, List<Integer> done, List<Integer> reminders) {
    }
}
