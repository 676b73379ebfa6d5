package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The timers of {@code planTask} on the engine's clock through 2024: reminders 10, 3 and 1 working days before
 * the due date (around Tết and 30/4–1/5), overdue, the escalation ladder and weekly repeats, completion, an
 * extension, and a deadline that waits for an event. Expected days are counted by hand on the 2024 calendar.
 */
@CchcIntegrationTest
class ReminderTimersTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    private TaskFixture plan;

    @BeforeEach
    void issue() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance start(int item, String agency, String name, LocalDate due) {
        ProcessInstance pi = plan.start(item, agency, name, "Rà soát, đánh giá thủ tục hành chính", "Quý I/2024", due);
        plan.runDueJobs(pi);
        return pi;
    }

    private List<Notification> sent(ProcessInstance pi, String code) {
        return notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":" + code + ":");
    }

    private Task executeTask(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("executeTask").singleResult();
    }

    @Test
    void quarterOneTaskIsRemindedThenOverdueThenClimbsTheLadder() {
        // Quý I/2024 ends on Sunday 31/3: the task is due on Monday 01/04
        ProcessInstance pi = start(1, "so-tu-phap", "Sở Tư pháp", LocalDate.of(2024, 4, 1));
        assertThat(executeTask(pi).getDueDate()).isEqualTo(TaskFixture.endOfDay(2024, 4, 1));
        assertThat(executeTask(pi).getFollowUpDate()).isEqualTo(at(2024, 3, 18, 8, 0));
        assertThat(plan.status(pi)).isEqualTo("NOT_DUE"); // after the Q1 reporting day (15/03)

        List<java.util.Date> fired = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fired.add(plan.fireNextTimer(pi));
            statuses.add(plan.status(pi));
        }
        assertThat(fired).containsExactly(
                at(2024, 3, 18, 8, 0),  // 10 working days before 01/04
                at(2024, 3, 27, 8, 0),  // 3
                at(2024, 3, 29, 8, 0),  // 1
                at(2024, 4, 2, 0, 0),   // the due day has ended
                at(2024, 4, 4, 8, 0),   // +3 working days: agency head
                at(2024, 4, 8, 8, 0),   // weekly repeat (+7 days)
                at(2024, 4, 15, 8, 0),  // +10 working days: SNV ...
                at(2024, 4, 15, 8, 0),  // ... and the +14 days repeat on the same morning
                at(2024, 4, 22, 8, 0),  // +21 days
                at(2024, 5, 2, 8, 0),   // +28 days = 29/4, a day off like 30/4 and 1/5: Thursday 2/5
                at(2024, 5, 3, 8, 0),   // +20 working days (18/4 Giỗ Tổ, 29/4–1/5 off): UBND leader
                at(2024, 5, 6, 8, 0));  // +35 days
        assertThat(statuses).containsExactly("DUE_SOON", "DUE_SOON", "DUE_SOON", "OVERDUE", "OVERDUE", "OVERDUE",
                "OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE");

        assertThat(sent(pi, "REMINDER:-3")).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo("sotuphap@vinhlong.gov.vn"));
        assertThat(sent(pi, "ESCALATION:3")).singleElement()
                .satisfies(n -> assertThat(n.recipientName()).isEqualTo("Lãnh đạo Sở Tư pháp"));
        assertThat(sent(pi, "ESCALATION:10")).extracting(Notification::recipient)
                .containsExactly("sonoivu@vinhlong.gov.vn");
        assertThat(sent(pi, "ESCALATION:20")).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("ubndtinh@vinhlong.gov.vn", "bcdcchc@vinhlong.gov.vn");
        assertThat(sent(pi, "REPEAT:28")).extracting(Notification::recipient)
                .containsExactly("sotuphap@vinhlong.gov.vn");
    }

    @ParameterizedTest(name = "due {0}: reminders {1}, {2}, {3}")
    @CsvSource({
            // Tết Giáp Thìn: 8–14/2/2024 off
            "2024-02-20, 2024-01-30, 2024-02-15, 2024-02-19",
            // 18/4 Giỗ Tổ; 29/4 (swapped), 30/4 and 1/5 off; Saturday 4/5 is a make-up working day
            "2024-05-06, 2024-04-17, 2024-05-02, 2024-05-04"})
    void remindersFallOnWorkingDaysAroundHolidays(LocalDate due, LocalDate first, LocalDate second,
                                                  LocalDate third) {
        ProcessInstance pi = start(2, "so-tai-chinh", "Sở Tài chính", due);
        assertThat(List.of(plan.fireNextTimer(pi), plan.fireNextTimer(pi), plan.fireNextTimer(pi)))
                .containsExactly(morning(first), morning(second), morning(third));
        assertThat(sent(pi, "REMINDER:-1")).hasSize(1);
    }

    private static java.util.Date morning(LocalDate day) {
        return at(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 8, 0);
    }

    @Test
    void completionStopsEveryTimer() {
        ProcessInstance pi = start(3, "so-tai-chinh", "Sở Tài chính", LocalDate.of(2024, 4, 1));
        plan.fireNextTimer(pi);
        engine.getTaskService().complete(executeTask(pi).getId(), Map.of("productReference", "Báo cáo số 5/BC-STC"));
        Task accept = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("acceptResult").singleResult();
        engine.getTaskService().complete(accept.getId(), Map.of("approved", true));

        assertThat(pi).isEnded();
        assertThat(engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId()).count()).isZero();
        assertThat(plan.status(pi)).isEqualTo("DONE_ON_TIME");
        assertThat(notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":")).hasSize(1);
    }

    @Test
    void submittedResultIsNotRemindedWhileSnvChecksIt() {
        ProcessInstance pi = start(4, "so-tai-chinh", "Sở Tài chính", LocalDate.of(2024, 4, 1));
        engine.getTaskService().complete(executeTask(pi).getId(), Map.of("productReference", "Báo cáo số 6/BC-STC"));
        plan.fireNextTimer(pi);
        assertThat(pi).isWaitingAt("acceptResult");
        assertThat(notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":")).isEmpty();
    }

    @Test
    void extensionReschedulesTheTimersAndTheTask() {
        ProcessInstance pi = start(5, "so-tu-phap", "Sở Tư pháp", LocalDate.of(2024, 4, 1));
        plan.fireNextTimer(pi); // 18/03, first reminder
        assertThat(plan.status(pi)).isEqualTo("DUE_SOON");

        ClockUtil.setCurrentTime(at(2024, 3, 20, 10, 0));
        engine.getRuntimeService().createMessageCorrelation(ReminderVariables.DUE_DATE_CHANGED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(ReminderVariables.NEW_DUE_DATE, "28/06/2024").correlate();
        plan.runDueJobs(pi);

        // 10 working days before Friday 28/06/2024
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 6, 14, 8, 0));
        assertThat(executeTask(pi).getDueDate()).isEqualTo(TaskFixture.endOfDay(2024, 6, 28));
        assertThat(executeTask(pi).getFollowUpDate()).isEqualTo(at(2024, 6, 14, 8, 0));
        assertThat(plan.status(pi)).isEqualTo("NOT_DUE"); // after the 6-month reporting day (17/06)
        assertThat(jdbc.queryForObject("SELECT due_date FROM cchc_assignment WHERE id = ?", LocalDate.class,
                pi.getBusinessKey())).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dueDateText")).isEqualTo("28/06/2024");

        plan.fireNextTimer(pi);
        assertThat(sent(pi, "REMINDER:-10")).extracting(Notification::key)
                .anyMatch(k -> k.contains(":2024-06-28:"))
                .anyMatch(k -> k.contains(":2024-04-01:"));
    }

    @Test
    void aDateThatIsNotADateIsRefusedAndNothingChanges() {
        ProcessInstance pi = start(6, "so-tu-phap", "Sở Tư pháp", LocalDate.of(2024, 4, 1));
        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation("dueDateChanged")
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("newDueDate", "31/02/2024").correlate())
                .hasMessageContaining("newDueDate").hasMessageContaining("không phải là ngày hợp lệ");
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 3, 18, 8, 0));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dueDateText")).isEqualTo("01/04/2024");
    }

    @Test
    void eventDeadlineWaitsForTheEventThenGetsItsTimers() {
        ProcessInstance pi = start(7, "so-noi-vu", "Sở Nội vụ", null);
        assertThat(plan.nextTimer(pi)).isNull();
        assertThat(plan.status(pi)).isEqualTo("WAITING_EVENT");

        // the PAR Index results were published on Thursday 05/09/2024 (2–3/9 are National Day holidays)
        ClockUtil.setCurrentTime(at(2024, 9, 6, 9, 0));
        engine.getRuntimeService().createMessageCorrelation(ReminderVariables.EVENT_OCCURRED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(ReminderVariables.EVENT_DATE, "2024-09-05").correlate();
        plan.runDueJobs(pi);

        // 20 working days after 05/09 is Thursday 03/10; 10 working days before it is 19/09
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "dueDateText")).isEqualTo("03/10/2024");
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 9, 19, 8, 0));
        assertThat(plan.status(pi)).isEqualTo("NOT_DUE"); // after the Q3 reporting day (17/09)
    }
}
