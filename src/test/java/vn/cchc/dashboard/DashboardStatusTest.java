package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.DueDates;
import vn.cchc.followup.AlertSchedule;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The dashboard's SQL status ({@link StatusRule#SQL}) against the application's Java rule on the same rows: done as
 * SNV accepted it, no date → the stored waiting status, else {@link AlertSchedule#statusAt}. Due dates span 60
 * days around Tết 2024 (8–14/02, where working days and calendar days part) and the clock is read before and
 * after the 08:00 reminder time.
 */
@CchcIntegrationTest
class DashboardStatusTest {

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlertSchedule schedule;
    @Autowired
    FollowUpSchedule followUp;

    @Test
    void sqlStatusEqualsTheJavaRuleOnEveryRow() {
        SamplePlan plan = new SamplePlan(jdbcTemplate, 2024);
        LocalDate first = LocalDate.of(2024, 1, 20);
        for (int n = 0; n < 60; n++) {
            plan.item(n + 1, "I. CẢI CÁCH THỂ CHẾ", "Nhiệm vụ " + n, DeadlineKind.FIXED, first.plusDays(n),
                    "so-tu-phap", "so-noi-vu");
        }
        plan.done(3, "so-tu-phap", LocalDate.of(2024, 1, 22), false).done(30, "so-tu-phap",
                LocalDate.of(2024, 2, 28), true);
        plan.item(61, "II", "Chờ sự kiện", DeadlineKind.EVENT, null, "so-tu-phap");
        plan.item(62, "II", "Theo quy định", DeadlineKind.PER_REGULATION, null, "so-tu-phap");
        jdbcTemplate.update("UPDATE cchc_assignment SET status = 'WAITING_EVENT' WHERE id = ?",
                plan.decision + ":61:so-tu-phap");
        jdbcTemplate.update("UPDATE cchc_assignment SET status = 'NO_DUE_DATE' WHERE id = ?",
                plan.decision + ":62:so-tu-phap");
        // a stale stored status (its timer has not fired yet) must not matter
        jdbcTemplate.update("UPDATE cchc_assignment SET status = 'DUE_SOON' WHERE id = ?",
                plan.decision + ":40:so-noi-vu");

        for (LocalDateTime at : List.of(LocalDateTime.of(2024, 1, 25, 7, 0), LocalDateTime.of(2024, 1, 25, 9, 0),
                LocalDateTime.of(2024, 2, 7, 16, 0), LocalDateTime.of(2024, 2, 15, 8, 0),
                LocalDateTime.of(2024, 2, 20, 12, 0))) {
            Instant now = at.atZone(DueDates.ZONE).toInstant();
            StatusRule rule = StatusRule.at(now, followUp);
            Map<String, Object> params = new HashMap<>(rule.params());
            params.put("plan", plan.id);
            Map<String, String> sql = new HashMap<>();
            jdbc.sql("SELECT a.id, " + StatusRule.SQL + " AS st FROM cchc_assignment a WHERE a.plan_id = :plan")
                    .params(params).query(rs -> {
                        sql.put(rs.getString("id"), rs.getString("st"));
                    });
            Map<String, String> java = new HashMap<>();
            jdbc.sql("SELECT id, due_date, status FROM cchc_assignment WHERE plan_id = ?").param(plan.id)
                    .query(rs -> {
                        java.put(rs.getString("id"), javaRule(rs.getObject("due_date", LocalDate.class),
                                AssignmentStatus.valueOf(rs.getString("status")), now).name());
                    });
            assertThat(sql).as("at %s", at).hasSize(122).isEqualTo(java);
            assertThat(sql.values()).as("at %s", at).contains("OVERDUE", "IN_PROGRESS", "DONE_ON_TIME",
                    "WAITING_EVENT", "NO_DUE_DATE");
            if (at.getHour() >= 8) {
                assertThat(sql.values()).as("at %s", at).contains("DUE_SOON");
            }
        }
    }

    /** The application's status rule in Java, from the stored row and the follow-up schedule. */
    private AssignmentStatus javaRule(LocalDate due, AssignmentStatus stored, Instant now) {
        if (stored == AssignmentStatus.DONE_ON_TIME || stored == AssignmentStatus.DONE_LATE) {
            return stored;
        }
        if (due == null) {
            return stored == AssignmentStatus.WAITING_EVENT ? stored : AssignmentStatus.NO_DUE_DATE;
        }
        return schedule.statusAt(due, now);
    }
}
