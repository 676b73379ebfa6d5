package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.followup.FollowUpVariables;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The agencies' comments on the draft plan are followed up by {@code followUp} (kind COMMENT): reminders before the
 * comment deadline to the agencies that have not commented, nothing once the agency commented, nothing after the
 * window closes. Real engine and PostgreSQL, the engine clock moved to each timer.
 */
@CchcIntegrationTest
class PlanCommentFollowUpTest {

    private static final String JUSTICE = "so-tu-phap";
    private static final String FINANCE = "so-tai-chinh";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Notifications notifications;
    @Autowired
    MailRenderer renderer;

    private static int counter;
    private String planId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        planId = "KH-CMT-" + System.nanoTime() + "-" + (++counter);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void onlyTheAgencyThatHasNotCommentedIsRemindedBeforeTheDeadlineAndNothingFollowsTheWindow() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist"),
                plan.draft("Sở Tư pháp; Sở Tài chính", "2023-12-08"));
        plan.directorApproves();
        runDue(plan.instance);
        assertThat(loops(plan.instance)).as("one follow-up per agency asked").hasSize(2);

        Task justice = engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
                .taskCandidateGroup(JUSTICE).singleResult();
        plan.complete(justice, "cv." + JUSTICE, List.of(JUSTICE),
                Map.of(PlanVariables.AGENCY_COMMENT, "Thống nhất với dự thảo"));
        assertThat(loops(plan.instance)).as("the follow-up of the agency that commented ended").hasSize(1);

        ProcessInstance loop = loops(plan.instance).get(0);
        List<Date> fired = new ArrayList<>();
        while (timer(loop) != null) {
            fired.add(fireNext(loop));
        }
        assertThat(fired).as("reminders 3 and 1 working days before Friday 08/12/2023")
                .containsExactly(at(2023, 12, 5, 8), at(2023, 12, 7, 8));
        assertThat(loops(plan.instance)).as("no overdue notice, no escalation: the follow-up is over").isEmpty();
        assertThat(plan.instance).isWaitingAt("collectComments");

        String financeStem = "planComment:" + planId + ":" + FINANCE + ":";
        assertThat(notifications.withKeyPrefix(financeStem)).extracting(Notification::key)
                .allMatch(k -> k.startsWith(financeStem + "REMINDER:")).isNotEmpty();
        assertThat(notifications.withKeyPrefix(financeStem + "REMINDER:-3:")).isNotEmpty();
        assertThat(notifications.withKeyPrefix(financeStem + "REMINDER:-1:")).isNotEmpty();
        assertThat(notifications.withKeyPrefix("planComment:" + planId + ":" + JUSTICE + ":")).isEmpty();

        Notification reminder = notifications.withKeyPrefix(financeStem + "REMINDER:-1:").get(0);
        MailRenderer.RenderedMail mail = renderer.render(reminder.template(), reminder.data());
        assertThat(mail.subject()).isEqualTo("[Nhắc việc CCHC] Còn 1 ngày làm việc đến hạn góp ý dự thảo Kế hoạch "
                + "cải cách hành chính năm 2024 — Sở Tài chính (hạn 08/12/2023)");
        assertThat(mail.text()).contains("Sở Nội vụ đề nghị Sở Tài chính góp ý dự thảo Kế hoạch cải cách hành chính "
                + "năm 2024 chậm nhất ngày 08/12/2023.", "Còn 1 ngày làm việc đến hạn.", "Hết hạn góp ý")
                .doesNotContain("hệ thống sẽ báo cáo", "nhắc hằng tuần");
        assertThat(mail.html()).contains("góp ý dự thảo").doesNotContain("nhắc hằng tuần");

        // the window closes: the lifecycle goes on, and nobody is told about the missing comment
        int written = notifications.withKeyPrefix("planComment:" + planId + ":").size();
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 20));
        plan.runJobs();
        assertThat(plan.instance).isWaitingAt("submitProposal").variables()
                .containsEntry(PlanVariables.MISSING_COMMENTS, FINANCE);
        assertThat(notifications.withKeyPrefix("planComment:" + planId + ":")).hasSize(written);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(loop.getId()).count()).isZero();
    }

    @Test
    void theWindowClosingEndsTheFollowUpOfAnAgencyNotYetReminded() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist"),
                plan.draft("Sở Tài chính", "2023-12-08"));
        plan.directorApproves();
        runDue(plan.instance);
        ProcessInstance loop = loops(plan.instance).get(0);
        assertThat(timer(loop).getDuedate()).isEqualTo(at(2023, 12, 5, 8));

        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 9));
        plan.runJobs();
        assertThat(plan.instance).isWaitingAt("submitProposal");
        assertThat(loops(plan.instance)).as("the comment window closing ended the follow-up").isEmpty();
        assertThat(notifications.withKeyPrefix("planComment:" + planId + ":")).isEmpty();
    }

    private List<ProcessInstance> loops(ProcessInstance plan) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpVariables.PROCESS_KEY).superProcessInstanceId(plan.getId()).list();
    }

    /** Runs the due jobs of the plan and its follow-ups (the first, asynchronous "Lập lịch nhắc việc"). */
    private void runDue(ProcessInstance plan) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = new ArrayList<>(engine.getManagementService().createJobQuery()
                    .processInstanceId(plan.getId()).executable().list());
            loops(plan).forEach(loop -> due.addAll(engine.getManagementService().createJobQuery()
                    .processInstanceId(loop.getId()).executable().list()));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep being created");
    }

    private Job timer(ProcessInstance loop) {
        return engine.getManagementService().createJobQuery().processInstanceId(loop.getId()).timers()
                .singleResult();
    }

    /** Moves the clock to the loop's pending alert and fires it (the job executor is off in tests). */
    private Date fireNext(ProcessInstance loop) {
        Job timer = timer(loop);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        return timer.getDuedate();
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(java.time.LocalDateTime.of(year, month, day, hour, 0)
                .atZone(vn.cchc.shared.DueDates.ZONE).toInstant());
    }
}
