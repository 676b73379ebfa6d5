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
 * Catch-up on the engine's clock: a task deployed, extended or restarted after some of its ladder dates starts
 * where the ladder stands now. Past due it is overdue at once and the current level is told once (not every missed
 * level, not nothing); the following levels come at their time. Task due Monday 01/04/2024 (Quý I/2024): overdue
 * 02/04 00:00, head +3 working days 04/04, SNV +10 15/04, UBND +20 03/05 (18/4 and 29/4-1/5 off), weekly repeats
 * from 08/04. The job executor is off: {@link TaskFixture#runDueJobs} is the executor catching up after a pause.
 */
@CchcIntegrationTest
class CatchUpTest {

    private static final LocalDate DUE = LocalDate.of(2024, 4, 1);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    private TaskFixture plan;

    @BeforeEach
    void plan() {
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance issue(int item) {
        ProcessInstance pi = plan.start(item, "so-tu-phap", "Sở Tư pháp", "Rà soát văn bản quy phạm pháp luật",
                "Quý I/2024", DUE);
        plan.runDueJobs(pi);
        return pi;
    }

    /** The alert codes notified so far, one per notification row (several addresses: several rows). */
    private List<String> codes(ProcessInstance pi) {
        String prefix = "planTask:" + pi.getBusinessKey() + ":";
        return notifications.withKeyPrefix(prefix).stream().map(Notification::key)
                .map(k -> k.substring(prefix.length())).map(k -> k.substring(0, k.indexOf(':', k.indexOf(':') + 1)))
                .toList();
    }

    private void downUntil(java.util.Date when, ProcessInstance pi) {
        ClockUtil.setCurrentTime(when);
        plan.runDueJobs(pi);
    }

    @Test
    void issuedAfterTheDueDateIsOverdueAtOnceAndToldOnce() {
        ClockUtil.setCurrentTime(at(2024, 4, 3, 9, 0));
        ProcessInstance pi = issue(1);

        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(codes(pi)).isNotEmpty().containsOnly("OVERDUE:0");
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 4, 4, 8, 0));
        plan.fireNextTimer(pi);
        assertThat(codes(pi)).containsOnly("OVERDUE:0", "ESCALATION:3").contains("ESCALATION:3");
    }

    @Test
    void issuedAfterTheHeadLevelTellsTheHeadOnceAndNotTheMissedOverdueNotice() {
        ClockUtil.setCurrentTime(at(2024, 4, 5, 9, 0));
        ProcessInstance pi = issue(2);

        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(codes(pi)).containsExactly("ESCALATION:3");
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 4, 8, 8, 0)); // the weekly repeat, then SNV on 15/04
        plan.fireNextTimer(pi);
        plan.fireNextTimer(pi);
        assertThat(codes(pi)).containsOnly("ESCALATION:3", "REPEAT:7", "ESCALATION:10").contains("ESCALATION:10");
    }

    @Test
    void extensionGrantedAfterTheSnvLevelStartsOverFromTheNewDate() {
        ProcessInstance pi = issue(3);
        downUntil(at(2024, 4, 16, 9, 0), pi); // SNV told on 15/04 (late, and only that level)
        assertThat(codes(pi)).containsExactly("ESCALATION:10");

        engine.getRuntimeService().createMessageCorrelation(ReminderVariables.DUE_DATE_CHANGED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(ReminderVariables.NEW_DUE_DATE, "28/06/2024").correlate();
        plan.runDueJobs(pi);

        assertThat(plan.status(pi)).isEqualTo("NOT_DUE"); // 28/06 is after the 6-month reporting day (17/06)
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 6, 14, 8, 0)); // 10 working days before 28/06
        assertThat(codes(pi)).containsExactly("ESCALATION:10");
    }

    @Test
    void extensionToADateAlreadyPastTheHeadLevelTellsTheHeadOfTheNewDateOnce() {
        ProcessInstance pi = issue(4);
        ClockUtil.setCurrentTime(at(2024, 3, 20, 9, 0));
        plan.runDueJobs(pi);
        ClockUtil.setCurrentTime(at(2024, 4, 16, 9, 0));
        // retroactive: due 05/04, head level +3 working days = 10/04, SNV 19/04 (18/04 off)
        engine.getRuntimeService().createMessageCorrelation(ReminderVariables.DUE_DATE_CHANGED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(ReminderVariables.NEW_DUE_DATE, "05/04/2024").correlate();
        plan.runDueJobs(pi);

        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":ESCALATION:3:2024-04-05:"))
                .isNotEmpty();
        assertThat(codes(pi)).containsOnly("REMINDER:-10", "ESCALATION:3");
    }

    @Test
    void serverDownAcrossTwoLadderDatesNotifiesTheCurrentLevelOnce() {
        ProcessInstance pi = issue(5);
        for (int i = 0; i < 4; i++) {
            plan.fireNextTimer(pi); // three reminders and the overdue notice
        }
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 4, 4, 8, 0));

        // down from 03/04 to 15/04 10:00: the head level (04/04), repeats (08/04, 15/04) and SNV (15/04) passed
        downUntil(at(2024, 4, 15, 10, 0), pi);
        downUntil(at(2024, 4, 15, 10, 5), pi); // executed again: nothing more

        assertThat(codes(pi)).containsExactly("REMINDER:-10", "REMINDER:-3", "REMINDER:-1", "OVERDUE:0",
                "ESCALATION:10");
        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 4, 22, 8, 0)); // the next repeat, +21 days
    }

    /**
     * The demo plan's overdue task ({@code 2890/QĐ-UBND:1}, Quý I, issued after its due date): overdue at once, then
     * its head, SNV and the UBND leader each told once at their time, across a restart between the levels.
     */
    @Test
    void overdueTaskTellsHeadSnvAndUbndOnceEachAcrossARestart() {
        ClockUtil.setCurrentTime(at(2024, 4, 2, 10, 0));
        ProcessInstance pi = issue(6);
        assertThat(plan.status(pi)).isEqualTo("OVERDUE");

        plan.fireNextTimer(pi); // 04/04 head
        downUntil(at(2024, 4, 15, 8, 30), pi); // restarted on the SNV morning after a pause from 05/04
        downUntil(at(2024, 4, 15, 8, 31), pi); // and once more
        while (plan.nextTimer(pi) != null && plan.nextTimer(pi).before(at(2024, 5, 4, 0, 0))) {
            plan.fireNextTimer(pi);
        }

        List<String> codes = codes(pi);
        assertThat(codes).filteredOn(c -> c.startsWith("ESCALATION:3")).hasSize(1);
        assertThat(codes).filteredOn(c -> c.equals("ESCALATION:10")).hasSize(1); // sonoivu@
        assertThat(codes).filteredOn(c -> c.equals("ESCALATION:20")).hasSize(2); // UBND and BCĐ mailboxes
        assertThat(notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":ESCALATION:20:"))
                .extracting(Notification::recipient)
                .containsExactlyInAnyOrder("ubndtinh@vinhlong.gov.vn", "bcdcchc@vinhlong.gov.vn");
        assertThat(codes).contains("OVERDUE:0").doesNotContain("REMINDER:-1");
    }
}
