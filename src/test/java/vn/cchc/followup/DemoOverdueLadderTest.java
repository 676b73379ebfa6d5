package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.plan.DemoTimeline;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The demo's acceptance: its overdue task tells its head, SNV and the UBND leader once each, at the right time, after
 * a restart too. The demo starts Monday 07/12/2026 09:00; item 5 (Sở Nội vụ) is due 2 working days before
 * (config/demo/sample-plan-dates.json): Thu 03/12. So it is overdue at the start (notified at once: catch-up) and its
 * later levels lie ahead on the working calendar (no day off in December 2026): head +3 working days Tue 08/12, SNV
 * +10 Thu 17/12, UBND +20 Thu 31/12, each at 08:00, with weekly repeats to the agency on 10/12, 17/12, 24/12, 31/12.
 * Between the levels the engine "restarts": its caches are dropped, the timers are rows in the database, and the
 * executor catching up after it writes nothing twice.
 */
@CchcIntegrationTest
class DemoOverdueLadderTest {

    private static final LocalDate DEMO_START = LocalDate.of(2026, 12, 7);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MailRenderer renderer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDemoOverdueTaskClimbsTheLadderOnceEachLevelAtItsTimeAcrossARestart() {
        DemoTimeline timeline = DemoTimeline.load(Path.of("config/demo/sample-plan-dates.json"));
        LocalDate due = timeline.due(5, DEMO_START, calendar).orElseThrow();
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 3));

        ClockUtil.setCurrentTime(at(2026, 12, 7, 9, 0));
        TaskFixture plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2026 (mẫu)");
        ProcessInstance pi = plan.start(5, "so-noi-vu", "Sở Nội vụ",
                "Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn", "Quý II, Quý IV", due);
        plan.runDueJobs(pi);
        assertThat(plan.status(pi)).isEqualTo("OVERDUE");
        assertThat(levels(pi)).as("overdue at the demo's start, told at once").containsExactly("OVERDUE:0");

        List<Date> fired = new ArrayList<>();
        fired.add(plan.fireNextTimer(pi));                       // Tue 08/12 08:00: the head
        restartAndCatchUp(pi, plan, at(2026, 12, 8, 9, 30));
        while (plan.nextTimer(pi) != null && !plan.nextTimer(pi).after(at(2026, 12, 31, 8, 0))) {
            Date when = plan.fireNextTimer(pi);
            fired.add(when);
            if (when.equals(at(2026, 12, 17, 8, 0))) {
                restartAndCatchUp(pi, plan, at(2026, 12, 17, 10, 0));
            }
        }
        // 17/12 08:00: SNV fired; the weekly repeat of the same morning is run by the executor after the restart
        assertThat(fired).containsExactly(at(2026, 12, 8, 8, 0), at(2026, 12, 10, 8, 0), at(2026, 12, 17, 8, 0),
                at(2026, 12, 24, 8, 0), at(2026, 12, 31, 8, 0), at(2026, 12, 31, 8, 0));
        assertThat(levels(pi)).as("each level once, in order").containsExactly("OVERDUE:0", "ESCALATION:3",
                "ESCALATION:10", "ESCALATION:20");

        Map<String, List<Notification>> byLevel = ladderRows(pi);
        assertThat(byLevel.get("ESCALATION:3")).as("the head of Sở Nội vụ").isNotEmpty();
        assertThat(byLevel.get("ESCALATION:10")).extracting(Notification::recipient)
                .contains("sonoivu@vinhlong.gov.vn");
        assertThat(byLevel.get("ESCALATION:20")).extracting(Notification::recipient)
                .contains("ubndtinh@vinhlong.gov.vn");
        byLevel.forEach((level, rows) -> assertThat(rows).extracting(Notification::recipient)
                .as("one mail per address for " + level).doesNotHaveDuplicates());
        assertThat(byLevel.get("ESCALATION:20")).allSatisfy(n -> assertThat(n.data()).contains("Quá hạn"));
        // the head, SNV and the UBND leader are sent to the dashboard as well as to the task; the agency is not
        for (String level : List.of("ESCALATION:3", "ESCALATION:10", "ESCALATION:20")) {
            assertThat(byLevel.get(level)).allSatisfy(n -> {
                MailRenderer.RenderedMail mail = renderer.render(n.template(), n.data());
                assertThat(mail.html()).contains("/dashboard\"").contains("bảng điều hành");
                assertThat(mail.text()).containsPattern("bảng điều hành: \\S+/dashboard");
            });
        }
        assertThat(byLevel.get("OVERDUE:0")).allSatisfy(n ->
                assertThat(renderer.render(n.template(), n.data()).html()).doesNotContain("/dashboard"));
    }

    /**
     * An engine restart: the process definitions and what the engine cached are gone, the timers and the
     * notifications are rows; the executor acquires what is due at {@code upAgain} and runs it.
     */
    private void restartAndCatchUp(ProcessInstance pi, TaskFixture plan, Date upAgain) {
        Map<String, List<Notification>> before = ladderRows(pi);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
                .discardProcessDefinitionCache();
        ClockUtil.setCurrentTime(upAgain);
        plan.runDueJobs(pi);
        assertThat(ladderRows(pi)).as("nothing written twice after the restart").isEqualTo(before);
    }

    /** Ladder levels notified, in the order they were first written. */
    private List<String> levels(ProcessInstance pi) {
        return ladder(pi).stream().map(n -> code(pi, n)).distinct().toList();
    }

    private Map<String, List<Notification>> ladderRows(ProcessInstance pi) {
        return ladder(pi).stream().collect(Collectors.groupingBy(n -> code(pi, n)));
    }

    private List<Notification> ladder(ProcessInstance pi) {
        return notifications.withKeyPrefix("planTask:" + pi.getBusinessKey() + ":").stream()
                .filter(n -> !code(pi, n).startsWith("REPEAT") && !code(pi, n).startsWith("REMINDER"))
                .sorted(java.util.Comparator.comparing(Notification::id)).toList();
    }

    private static String code(ProcessInstance pi, Notification n) {
        String k = n.key().substring(("planTask:" + pi.getBusinessKey() + ":").length());
        return k.substring(0, k.indexOf(':', k.indexOf(':') + 1));
    }
}
