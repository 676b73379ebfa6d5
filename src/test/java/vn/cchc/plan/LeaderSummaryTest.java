package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.MailRenderer;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/**
 * The leaders' weekly summary: written on the week's first working day only (a holiday Monday moves it), once per
 * leader and week, with the counts per plan being carried out and the most overdue agencies; off when switched off.
 * Recipients are UBND's mailbox here (the demo's leader accounts have no address); group resolution is
 * AlertRecipients' own concern. Other test classes' plans share the database: the agency list is not cut short here.
 */
@CchcIntegrationTest
class LeaderSummaryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    AlertRecipients recipients;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CchcProperties cchc;
    @Autowired
    MailRenderer renderer;
    @Autowired
    Assignments assignments;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private LeaderSummary summary(boolean enabled) {
        return new LeaderSummary(jdbc, notifications, recipients, calendar,
                new LeaderSummaryProperties(enabled, null, List.of("agency:ubnd-tinh"), 100), cchc);
    }

    @Test
    void oneMailPerLeaderOnTheWeeksFirstWorkingDayWithCountsPerPlan() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 12, 1, 9, 0).atZone(DueDates.ZONE).toInstant()));
        String planId = "KH-SUM-" + System.nanoTime();
        String decision = (System.nanoTime() % 100000) + "/QĐ-UBND";
        new PlanDriver(engine, planId).toIssued(decision);
        for (Assignments.Assignment a : assignments.ofPlan(planId)) {
            assignments.updateStatus(a.id(), switch (a.agencyId()) {
                case "van-phong-ubnd" -> AssignmentStatus.OVERDUE;
                case "so-tu-phap" -> AssignmentStatus.DUE_SOON;
                default -> AssignmentStatus.DONE_ON_TIME;
            });
        }
        LeaderSummary summary = summary(true);

        // 2024-09-02 (Monday) and 09-03 are the National Day holiday: Wednesday is the week's first working day
        assertThat(summary.run(LocalDate.of(2024, 9, 2))).isZero();
        assertThat(summary.run(LocalDate.of(2024, 9, 3))).isZero();
        assertThat(summary.run(LocalDate.of(2024, 9, 4))).isEqualTo(1);
        assertThat(summary.run(LocalDate.of(2024, 9, 4))).as("a second run the same day").isZero();
        assertThat(summary.run(LocalDate.of(2024, 9, 5))).as("a later weekday").isZero();
        List<Notification> rows = notifications.withKeyPrefix("leaderSummary:2024-W36:");
        assertThat(rows).extracting(Notification::recipient).containsExactly("ubndtinh@vinhlong.gov.vn");

        MailRenderer.RenderedMail mail = renderer.render(rows.get(0).template(), rows.get(0).data());
        assertThat(mail.subject()).startsWith("[Tổng hợp CCHC hằng tuần] ")
                .endsWith(" nhiệm vụ quá hạn — tình hình đến ngày 04/09/2024");
        assertThat(mail.text()).contains("Kính gửi: Ủy ban nhân dân tỉnh Vĩnh Long",
                "(Quyết định số " + decision + "): 3 nhiệm vụ; quá hạn 1, sắp đến hạn 1, đã hoàn thành 1",
                "Cơ quan, đơn vị có nhiều nhiệm vụ quá hạn nhất", "Văn phòng UBND tỉnh", "/dashboard");
        assertThat(mail.html()).contains(decision, "Văn phòng UBND tỉnh");

        // an ordinary week: Monday
        assertThat(summary.run(LocalDate.of(2024, 12, 2))).isEqualTo(1);
        assertThat(notifications.withKeyPrefix("leaderSummary:2024-W49:")).hasSize(1);
    }

    @Test
    void switchedOffItWritesNothingAndByDefaultItGoesToLeaders() {
        assertThat(summary(false).run(LocalDate.of(2024, 10, 7))).isZero();
        assertThat(notifications.withKeyPrefix("leaderSummary:2024-W41:")).isEmpty();
        LeaderSummaryProperties defaults = new LeaderSummaryProperties(null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.recipients()).containsExactly("group:ubnd-leader", "group:snv-director");
        assertThat(defaults.cron()).isEqualTo("0 0 8 ? * MON-FRI");
    }
}
