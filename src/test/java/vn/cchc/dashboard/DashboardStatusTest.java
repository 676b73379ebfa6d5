package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
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
import vn.cchc.plan.AssignmentStatusRule;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The dashboard's SQL status ({@link StatusRule#SQL}) against the one Java function
 * ({@link AssignmentStatusRule}, through {@link AssignmentStatuses}) on the same rows, so they cannot disagree. Due
 * dates span 60 days around Tết 2024 (8–14/02, where working days and calendar days part) and past the Q1 reporting
 * day (15/03: later dates are not due yet); ongoing and recurring rows are watched on their checkpoints, recorded or
 * not at each moment; the clock is read before and after the 08:00 reminder time.
 */
@CchcIntegrationTest
class DashboardStatusTest {

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssignmentStatuses statuses;
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
        plan.item(63, "II", "Thường xuyên", DeadlineKind.ONGOING, null, "so-tu-phap");
        plan.item(64, "II", "Định kỳ", DeadlineKind.RECURRING, null, "so-tu-phap");
        plan.item(65, "II", "Thường xuyên, đã ghi nhận", DeadlineKind.ONGOING, null, "so-tu-phap");
        plan.item(66, "II", "Thường xuyên, chưa có mốc", DeadlineKind.ONGOING, null, "so-tu-phap");
        checkpoint(plan, 63, "A", LocalDate.of(2024, 1, 30), LocalDateTime.of(2024, 2, 1, 10, 0));
        checkpoint(plan, 63, "B", LocalDate.of(2024, 3, 15), null);
        checkpoint(plan, 64, "A", LocalDate.of(2024, 2, 10), null);
        checkpoint(plan, 64, "B", LocalDate.of(2024, 6, 17), null);
        checkpoint(plan, 65, "A", LocalDate.of(2024, 1, 10), LocalDateTime.of(2024, 1, 5, 9, 0));
        checkpoint(plan, 65, "B", LocalDate.of(2024, 6, 17), LocalDateTime.of(2024, 1, 24, 9, 0));
        // stored statuses must not matter: a timer that has not fired yet leaves them behind the clock
        jdbcTemplate.update("UPDATE cchc_assignment SET status = 'WAITING_EVENT' WHERE id = ?",
                plan.decision + ":61:so-tu-phap");
        jdbcTemplate.update("UPDATE cchc_assignment SET status = 'DUE_SOON' WHERE id = ?",
                plan.decision + ":40:so-noi-vu");

        for (LocalDateTime at : List.of(LocalDateTime.of(2024, 1, 25, 7, 0), LocalDateTime.of(2024, 1, 25, 9, 0),
                LocalDateTime.of(2024, 2, 7, 16, 0), LocalDateTime.of(2024, 2, 15, 8, 0),
                LocalDateTime.of(2024, 2, 20, 12, 0), LocalDateTime.of(2024, 3, 1, 12, 0))) {
            Instant now = at.atZone(DueDates.ZONE).toInstant();
            StatusRule rule = StatusRule.at(now, followUp);
            Map<String, Object> params = new HashMap<>(rule.params());
            params.put("plan", plan.id);
            Map<String, String> sql = new HashMap<>();
            jdbc.sql("SELECT a.id, " + StatusRule.SQL + " AS st FROM cchc_assignment a JOIN cchc_plan_item i "
                            + "ON i.plan_id = a.plan_id AND i.item_no = a.item_no WHERE a.plan_id = :plan")
                    .params(params).query(rs -> {
                        sql.put(rs.getString("id"), rs.getString("st"));
                    });
            Map<String, String> java = new HashMap<>();
            statuses.ofPlan(plan.id, now).forEach((id, st) -> java.put(id, st.name()));

            assertThat(sql).as("at %s", at).hasSize(126).isEqualTo(java);
            assertThat(sql.values()).as("at %s", at).contains("OVERDUE", "IN_PROGRESS", "DONE_ON_TIME", "NOT_DUE",
                    "WAITING_EVENT", "NO_DUE_DATE");
            if (at.getHour() >= 8) {
                assertThat(sql.values()).as("at %s", at).contains("DUE_SOON");
            }
        }
        Instant late = LocalDateTime.of(2024, 2, 20, 12, 0).atZone(DueDates.ZONE).toInstant();
        assertThat(statuses.ofPlan(plan.id, late)).as("missed checkpoint 10/02, all recorded, no checkpoint yet")
                .containsEntry(plan.decision + ":64:so-tu-phap", vn.cchc.plan.AssignmentStatus.OVERDUE)
                .containsEntry(plan.decision + ":65:so-tu-phap", vn.cchc.plan.AssignmentStatus.IN_PROGRESS)
                .containsEntry(plan.decision + ":66:so-tu-phap", vn.cchc.plan.AssignmentStatus.NO_DUE_DATE)
                .containsEntry(plan.decision + ":30:so-tu-phap", vn.cchc.plan.AssignmentStatus.OVERDUE);
    }

    private void checkpoint(SamplePlan plan, int itemNo, String period, LocalDate due, LocalDateTime recordedAt) {
        jdbcTemplate.update("INSERT INTO cchc_checkpoint (assignment_id, period, label, due_date, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)", plan.decision + ":" + itemNo + ":so-tu-phap", period, "Kỳ " + period,
                due, recordedAt == null ? null : Timestamp.valueOf(recordedAt));
    }
}
