package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A plan task is followed by the one follow-up process: {@code planTask} calls {@code followUp} (call activity
 * "Theo dõi hạn xử lý…") with its due date as an input, and a due-date change interrupts the call (the called
 * instance is cancelled) and calls it again with the new date: one follow-up at a time, each reminder written once.
 */
@CchcIntegrationTest
class PlanTaskFollowUpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    private TaskFixture plan;

    @BeforeEach
    void issue() {
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<ProcessInstance> followUps(ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .processDefinitionKey(FollowUpVariables.PROCESS_KEY).list();
    }

    private Object input(ProcessInstance followUp, String name) {
        return engine.getRuntimeService().getVariable(followUp.getId(), name);
    }

    private List<String> keys(ProcessInstance pi, String code) {
        return notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":" + code + ":").stream()
                .map(Notification::key).toList();
    }

    @Test
    void aPlanTaskCallsFollowUpAndADueDateChangeCancelsAndCallsItAgainWithTheNewDate() {
        ProcessInstance pi = plan.start(1, "so-tu-phap", "Sở Tư pháp", "Rà soát, đánh giá thủ tục hành chính",
                "Quý I/2024", LocalDate.of(2024, 4, 1));
        plan.runDueJobs(pi);

        ProcessInstance first = followUps(pi).stream().findFirst().orElseThrow();
        assertThat(followUps(pi)).hasSize(1);
        assertThat(first.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(input(first, FollowUpVariables.KIND)).isEqualTo(FollowUpKind.PLAN_TASK.name());
        assertThat(input(first, FollowUpVariables.AGENCY_ID)).isEqualTo("so-tu-phap");
        assertThat(input(first, FollowUpVariables.DUE_AT)).isEqualTo(TaskFixture.endOfDay(2024, 4, 1));
        assertThat(input(first, FollowUpVariables.ASSIGNMENT_ID)).isEqualTo(pi.getBusinessKey());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), ReminderVariables.NEXT_ALERT))
                .as("the ladder's state is the follow-up's, not the task's").isNull();
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 3, 18, 8, 0));

        plan.fireNextTimer(pi); // 18/03: 10 working days before 01/04
        List<String> oldDate = keys(pi, "REMINDER:-10");
        assertThat(oldDate).isNotEmpty().allMatch(k -> k.contains(":2024-04-01:"));
        assertThat(plan.status(pi)).isEqualTo("DUE_SOON");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "statusText"))
                .as("the follow-up writes the status on the task's card").isEqualTo("Sắp đến hạn");
        assertThat(engine.getRuntimeService().getVariable(first.getId(), "statusText")).isNull();

        // SNV extends the task to 28/06 on 20/03: the follow-up of 01/04 is cancelled at once
        ClockUtil.setCurrentTime(at(2024, 3, 20, 10, 0));
        engine.getRuntimeService().createMessageCorrelation(ReminderVariables.DUE_DATE_CHANGED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(ReminderVariables.NEW_DUE_DATE, "28/06/2024").correlate();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first.getId()).count())
                .isZero();
        plan.runDueJobs(pi);

        List<ProcessInstance> again = followUps(pi);
        assertThat(again).hasSize(1);
        ProcessInstance second = again.get(0);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(input(second, FollowUpVariables.DUE_AT)).isEqualTo(TaskFixture.endOfDay(2024, 6, 28));
        assertThat(plan.nextTimer(pi)).as("one timer, for the new date").isEqualTo(at(2024, 6, 14, 8, 0));

        plan.fireNextTimer(pi); // 14/06: 10 working days before 28/06
        plan.fireNextTimer(pi); // 25/06: 3 working days before
        assertThat(keys(pi, "REMINDER:-10")).hasSize(2 * oldDate.size())
                .containsAll(oldDate).doesNotHaveDuplicates()
                .filteredOn(k -> k.contains(":2024-06-28:")).hasSize(oldDate.size());
        assertThat(keys(pi, "REMINDER:-3")).as("nothing more for the old date").hasSize(oldDate.size())
                .allMatch(k -> k.contains(":2024-06-28:"));
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 6, 27, 8, 0));
    }
}
