package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.plan.Checkpoints;
import vn.cchc.support.CchcIntegrationTest;

/**
 * An ongoing item ("Thường xuyên") of the 2024 plan on the engine's clock: a checkpoint per reporting period (the
 * agencies' report days of Q1, 6 months, Q3 and the year), a missed checkpoint followed up like a due date, the
 * period recorded on the task, and the year's record sent to SNV once every period is recorded.
 */
@CchcIntegrationTest
class CheckpointTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    CheckpointDates dates;

    private TaskFixture plan;

    @BeforeEach
    void plan() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void recordProgress(ProcessInstance pi, String text) {
        engine.getTaskService().complete(task(pi, "executeTask").getId(),
                Map.of("progressOnly", true, "progressText", text));
        plan.runDueJobs(pi);
    }

    @Test
    void checkpointDatesAreTheAgencyReportDaysOfThePeriods() {
        assertThat(dates.of(2024)).extracting(Checkpoint::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(dates.of(2024).get(0).due()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(dates.of(2024)).extracting(Checkpoint::due).isSorted();
    }

    @Test
    void aMissedCheckpointIsFollowedUpThenRecordedAndTheYearClosesWithItsRecord() {
        ProcessInstance pi = plan.startOngoing(1, "van-phong-ubnd", "Văn phòng UBND tỉnh",
                "Duy trì hoạt động của Trung tâm Phục vụ hành chính công");
        plan.runDueJobs(pi);
        String id = pi.getBusinessKey();
        assertThat(checkpoints.of(id)).extracting(Checkpoints.Row::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(plan.status(pi)).isEqualTo("IN_PROGRESS");

        // nothing recorded for Q1 (due Friday 15/03): reminded, then overdue at 00:00 on 16/03
        while (!plan.nextTimer(pi).after(at(2024, 3, 16, 0, 0))) {
            plan.fireNextTimer(pi);
        }
        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(notifications.withKeyPrefix("planTask:" + id + ":OVERDUE:0:2024-03-15:")).isNotEmpty();
        assertThat(notifications.withKeyPrefix("planTask:" + id + ":REMINDER:-3:2024-03-15:")).isNotEmpty();

        ClockUtil.setCurrentTime(at(2024, 3, 18, 10, 0));
        recordProgress(pi, "Trung tâm tiếp nhận 12.000 hồ sơ trong quý I.");
        assertThat(pi).isWaitingAt("executeTask");
        assertThat(plan.status(pi)).isEqualTo("IN_PROGRESS");
        assertThat(checkpoints.of(id).get(0).recorded()).isTrue();
        assertThat(checkpoints.of(id).get(0).progress()).contains("12.000 hồ sơ");

        // the Q1 ladder's pending timer fires: nothing is sent for Q1 any more, the loop follows 6 months
        plan.fireNextTimer(pi);
        assertThat(notifications.withKeyPrefix("planTask:" + id + ":ESCALATION:")).isEmpty();
        LocalDate h1 = checkpoints.of(id).get(1).due();
        assertThat(plan.nextTimer(pi)).isBefore(TaskFixture.endOfDay(h1.getYear(), h1.getMonthValue(),
                h1.getDayOfMonth())).isAfter(at(2024, 5, 1, 0, 0));

        recordProgress(pi, "6 tháng: duy trì.");
        recordProgress(pi, "Quý III: duy trì.");
        assertThat(pi).isWaitingAt("executeTask");
        recordProgress(pi, "Cả năm: duy trì, 48.000 hồ sơ.");
        assertThat(pi).isWaitingAt("acceptResult");
        assertThat(checkpoints.of(id)).allMatch(Checkpoints.Row::recorded);

        engine.getTaskService().complete(task(pi, "acceptResult").getId(), Map.of("approved", true));
        assertThat(pi).isEnded();
        assertThat(notifications.withKeyPrefix("planTask:" + id + ":")).extracting(Notification::key)
                .noneMatch(k -> k.contains(":" + h1 + ":"));
    }
}
