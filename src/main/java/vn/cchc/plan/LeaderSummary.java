package vn.cchc.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.notify.AlertRecipients;
import vn.cchc.notify.Recipient;
import vn.cchc.notify.NewNotification;
import vn.cchc.notify.Notifications;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/**
 * The weekly summary for leaders (UBND leaders, SNV director by default): one mail per leader per week, on the week's
 * first working day (Monday, or the next working day when Monday is a holiday), with the counts of overdue, due-soon
 * and done tasks per plan being carried out and the agencies with the most overdue tasks. Written to the outbox
 * with key {@code leaderSummary:<ISO week>:<address>}, so a second run in the same week (another node, a restart, a
 * later weekday) writes nothing.
 */
@Component
@EnableConfigurationProperties(LeaderSummaryProperties.class)
public class LeaderSummary {

    public static final String TEMPLATE = "leader-summary";
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AlertRecipients recipients;
    private final WorkingCalendar calendar;
    private final LeaderSummaryProperties properties;
    private final String dashboardUrl;

    LeaderSummary(JdbcClient jdbc, Notifications notifications, AlertRecipients recipients, WorkingCalendar calendar,
                  LeaderSummaryProperties properties, CchcProperties cchc) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.recipients = recipients;
        this.calendar = calendar;
        this.properties = properties;
        this.dashboardUrl = cchc.tasklistUrl().replaceFirst("/camunda/app/tasklist/?$", "") + "/dashboard";
    }

    /** Writes this week's summaries if {@code today} is the week's first working day. @return mails written */
    @Transactional
    public int run(LocalDate today) {
        if (!properties.enabled() || !firstWorkingDayOfWeek(today)) {
            return 0;
        }
        Map<String, Object> data = new HashMap<>();
        data.put("today", DueDates.format(today));
        List<Map<String, Object>> plans = plans();
        data.put("plans", plans);
        data.put("overdueTotal", plans.stream().mapToInt(p -> (Integer) p.get("overdue")).sum());
        data.put("topAgencies", topOverdueAgencies());
        data.put("dashboardUrl", dashboardUrl);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int written = 0;
        for (Recipient r : recipients.resolve(properties.recipients(), null)) {
            Map<String, Object> personal = new HashMap<>(data);
            personal.put("recipientName", r.name());
            String key = "leaderSummary:" + week + ":" + r.email().toLowerCase(Locale.ROOT);
            if (notifications.enqueue(new NewNotification(key, r.email(), r.name(), null, null, TEMPLATE, personal))) {
                written++;
            }
        }
        return written;
    }

    boolean firstWorkingDayOfWeek(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return false;
        }
        for (LocalDate d = day.with(DayOfWeek.MONDAY); d.isBefore(day); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return false;
            }
        }
        return true;
    }

    /** Plans being carried out, newest year first, with their counts by status. */
    private List<Map<String, Object>> plans() {
        Map<String, Map<String, Object>> byPlan = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, p.title, p.decision_number, a.status, COUNT(*) AS n
                FROM cchc_plan p JOIN cchc_assignment a ON a.plan_id = p.id
                WHERE p.status = 'ISSUED'
                GROUP BY p.id, p.title, p.decision_number, p.plan_year, a.status
                ORDER BY p.plan_year DESC, p.id""").query(rs -> {
            Map<String, Object> plan = byPlan.computeIfAbsent(rs.getString("id"), id -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("overdue", 0);
                m.put("dueSoon", 0);
                m.put("done", 0);
                m.put("total", 0);
                return m;
            });
            plan.put("title", rs.getString("title"));
            plan.put("decisionNumber", rs.getString("decision_number"));
            int n = rs.getInt("n");
            plan.merge("total", n, (a, b) -> (Integer) a + (Integer) b);
            String bucket = switch (AssignmentStatus.valueOf(rs.getString("status"))) {
                case OVERDUE -> "overdue";
                case DUE_SOON -> "dueSoon";
                case DONE_ON_TIME, DONE_LATE -> "done";
                default -> null;
            };
            if (bucket != null) {
                plan.merge(bucket, n, (a, b) -> (Integer) a + (Integer) b);
            }
        });
        return new ArrayList<>(byPlan.values());
    }

    /** The agencies with the most overdue tasks in plans being carried out. */
    private List<Map<String, Object>> topOverdueAgencies() {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT a.agency_id, COUNT(*) AS n FROM cchc_assignment a JOIN cchc_plan p ON p.id = a.plan_id
                WHERE p.status = 'ISSUED' AND a.status = 'OVERDUE' GROUP BY a.agency_id""").query(rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agencyId", rs.getString("agency_id"));
            m.put("overdue", rs.getInt("n"));
            rows.add(m);
        });
        return rows.stream()
                .sorted(Comparator.comparing((Map<String, Object> m) -> (Integer) m.get("overdue")).reversed()
                        .thenComparing(m -> (String) m.get("agencyId")))
                .limit(properties.topAgencies())
                .peek(m -> m.put("agencyName", recipients.agencyName((String) m.get("agencyId"))))
                .toList();
    }
}
