package vn.cchc.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.dashboard.DashboardData.AgencyBar;
import vn.cchc.dashboard.DashboardData.AreaBar;
import vn.cchc.dashboard.DashboardData.EscalationRow;
import vn.cchc.dashboard.DashboardData.MonthPoint;
import vn.cchc.dashboard.DashboardData.OverdueBucket;
import vn.cchc.dashboard.DashboardData.OverdueRow;
import vn.cchc.dashboard.DashboardData.PlanRef;
import vn.cchc.dashboard.DashboardData.StatusCount;
import vn.cchc.dashboard.DashboardData.Totals;
import vn.cchc.dashboard.DashboardData.WaitingRow;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.shared.Messages;

/**
 * The dashboard's figures, each one SQL aggregate over the application's tables ({@code cchc_assignment} with its
 * {@code cchc_plan_item}, {@code cchc_notification} for escalations; read only here) with the status of
 * {@link StatusRule}: no engine query, whatever the number of tasks. Area and agency-class filters become lists of
 * sections and agency ids, so every query stays a plain indexed scan of one plan's assignments.
 */
@Repository
public class DashboardQueries {

    private static final int LIST_LIMIT = 200;
    private static final String FROM = " FROM cchc_assignment a JOIN cchc_plan_item i"
            + " ON i.plan_id = a.plan_id AND i.item_no = a.item_no";

    private final JdbcClient jdbc;
    private final AgencyDirectory directory;
    private final FollowUpSchedule schedule;
    private final Messages messages;

    DashboardQueries(JdbcClient jdbc, AgencyDirectory directory, FollowUpSchedule schedule, Messages messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.schedule = schedule;
        this.messages = messages;
    }

    /** Plans that were issued (being carried out or closed), newest year first. */
    public List<PlanRef> plans() {
        return jdbc.sql("SELECT id, plan_year, title, status FROM cchc_plan WHERE status IN ('ISSUED', 'CLOSED') "
                        + "ORDER BY plan_year DESC, created_at DESC")
                .query((rs, n) -> new PlanRef(rs.getString("id"), rs.getInt("plan_year"), rs.getString("title"),
                        rs.getString("status"))).list();
    }

    /** Any plan, whatever its status (the what-if reads drafts). */
    public Optional<PlanRef> plan(String id) {
        return jdbc.sql("SELECT id, plan_year, title, status FROM cchc_plan WHERE id = ?").param(id)
                .query((rs, n) -> new PlanRef(rs.getString("id"), rs.getInt("plan_year"), rs.getString("title"),
                        rs.getString("status"))).optional();
    }

    /** The figures of {@code plan} for the filter and the scope, at {@code now}. */
    public DashboardData load(PlanRef plan, List<PlanRef> plans, DashboardFilter filter, DashboardScope scope,
                              Instant now) {
        StatusRule rule = StatusRule.at(now, schedule);
        Where where = where(plan, filter, scope);
        if (where == null) {
            return empty(plan, plans, rule, scope);
        }
        Map<String, Area> areaOfSection = sections(plan.id());

        Map<AssignmentStatus, Long> byStatus = new EnumMap<>(AssignmentStatus.class);
        Map<String, long[]> byAgency = new HashMap<>();
        Map<Area, long[]> byArea = new EnumMap<>(Area.class);
        jdbc.sql("SELECT s.agency_id, s.section, s.st, COUNT(*) AS n FROM (SELECT a.agency_id, "
                        + "COALESCE(i.section, '') AS section, " + StatusRule.SQL + " AS st" + FROM + where.sql
                        + ") s GROUP BY s.agency_id, s.section, s.st")
                .params(where.params(rule)).query(rs -> {
                    AssignmentStatus st = AssignmentStatus.valueOf(rs.getString("st"));
                    long n = rs.getLong("n");
                    byStatus.merge(st, n, Long::sum);
                    add(byAgency.computeIfAbsent(rs.getString("agency_id"), k -> new long[4]), st, n);
                    add(byArea.computeIfAbsent(areaOfSection.getOrDefault(rs.getString("section"), Area.OTHER),
                            k -> new long[4]), st, n);
                });

        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        List<StatusCount> statuses = new ArrayList<>();
        for (AssignmentStatus st : AssignmentStatus.values()) {
            long n = byStatus.getOrDefault(st, 0L);
            statuses.add(new StatusCount(st.name(), messages.get(st.messageKey()), n, percent(n, total)));
        }
        long onTime = byStatus.getOrDefault(AssignmentStatus.DONE_ON_TIME, 0L);
        long late = byStatus.getOrDefault(AssignmentStatus.DONE_LATE, 0L);
        long overdue = byStatus.getOrDefault(AssignmentStatus.OVERDUE, 0L);
        Totals totals = new Totals(total, onTime, late, total - onTime - late - overdue, overdue,
                onTime + late == 0 ? null : percent(onTime, onTime + late));

        List<AgencyBar> agencies = byAgency.entrySet().stream()
                .map(e -> new AgencyBar(e.getKey(), name(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted(AGENCY_RANK).toList();
        List<AreaBar> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            long[] c = byArea.get(area);
            if (c != null) {
                areas.add(new AreaBar(area.code(), messages.get("dashboard.area." + area.code()), c[0], c[1], c[2], c[3]));
            }
        }
        return new DashboardData(plan, plans, rule.today(), scope.province(), totals, statuses, agencies, areas,
                trend(plan, where, rule), overdueBuckets(where, rule), overdue(where, rule), waiting(where, rule),
                escalations(plan, where, rule));
    }

    /**
     * Most overdue first, then the fewest done on time, then by name: the agencies a leader should call about
     * head the chart.
     */
    static final java.util.Comparator<AgencyBar> AGENCY_RANK = java.util.Comparator
            .comparingLong(AgencyBar::overdue).reversed()
            .thenComparingDouble(b -> b.total() == 0 ? 0 : (double) b.doneOnTime() / b.total())
            .thenComparing(AgencyBar::name);

    private List<MonthPoint> trend(PlanRef plan, Where where, StatusRule rule) {
        Map<Integer, long[]> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(m, new long[3]);
        }
        Map<String, Object> params = where.params(rule);
        params.put("yearStart", LocalDate.of(plan.year(), 1, 1));
        params.put("yearEnd", LocalDate.of(plan.year(), 12, 31));
        params.put("yearStartAt", LocalDate.of(plan.year(), 1, 1).atStartOfDay());
        params.put("nextYearAt", LocalDate.of(plan.year() + 1, 1, 1).atStartOfDay());
        jdbc.sql("SELECT EXTRACT(MONTH FROM a.due_date) AS m, COUNT(*) AS n" + FROM + where.sql
                        + " AND a.due_date BETWEEN :yearStart AND :yearEnd GROUP BY EXTRACT(MONTH FROM a.due_date)")
                .params(params).query(rs -> {
                    months.get(rs.getInt("m"))[0] = rs.getLong("n");
                });
        jdbc.sql("SELECT EXTRACT(MONTH FROM a.completed_at) AS m, COUNT(*) AS n, "
                        + "SUM(CASE WHEN a.status = 'DONE_ON_TIME' THEN 1 ELSE 0 END) AS on_time" + FROM + where.sql
                        + " AND a.status IN ('DONE_ON_TIME', 'DONE_LATE') AND a.completed_at >= :yearStartAt"
                        + " AND a.completed_at < :nextYearAt GROUP BY EXTRACT(MONTH FROM a.completed_at)")
                .params(params).query(rs -> {
                    long[] c = months.get(rs.getInt("m"));
                    c[1] = rs.getLong("n");
                    c[2] = rs.getLong("on_time");
                });
        return months.entrySet().stream()
                .map(e -> new MonthPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private List<OverdueBucket> overdueBuckets(Where where, StatusRule rule) {
        Map<String, Object> params = where.params(rule);
        params.put("d7", rule.today().minusDays(7));
        params.put("d30", rule.today().minusDays(30));
        params.put("d90", rule.today().minusDays(90));
        long[] counts = new long[4];
        // the bucket is named in a subquery: PostgreSQL does not see two parameterised CASEs as one expression
        jdbc.sql("SELECT t.b, COUNT(*) AS n FROM (SELECT CASE WHEN s.due_date >= :d7 THEN 0 "
                        + "WHEN s.due_date >= :d30 THEN 1 WHEN s.due_date >= :d90 THEN 2 ELSE 3 END AS b "
                        + "FROM (SELECT " + StatusRule.WATCHED + " AS due_date, " + StatusRule.SQL + " AS st" + FROM + where.sql + ") s "
                        + "WHERE s.st = 'OVERDUE') t GROUP BY t.b")
                .params(params).query(rs -> {
                    counts[rs.getInt("b")] = rs.getLong("n");
                });
        return overdueBuckets(counts);
    }

    private List<OverdueBucket> overdueBuckets(long[] counts) {
        List<OverdueBucket> buckets = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            buckets.add(new OverdueBucket(messages.get("dashboard.overdue.bucket" + b), counts[b]));
        }
        return buckets;
    }

    private List<OverdueRow> overdue(Where where, StatusRule rule) {
        return jdbc.sql("SELECT s.* FROM (SELECT a.id, a.item_no, i.task, a.agency_id, " + StatusRule.WATCHED + " AS due_date, "
                        + StatusRule.SQL + " AS st" + FROM + where.sql + ") s WHERE s.st = 'OVERDUE' "
                        + "ORDER BY s.due_date, s.item_no, s.agency_id FETCH FIRST " + LIST_LIMIT + " ROWS ONLY")
                .params(where.params(rule)).query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    String agency = rs.getString("agency_id");
                    return new OverdueRow(rs.getString("id"), rs.getInt("item_no"), rs.getString("task"), agency,
                            name(agency), due, ChronoUnit.DAYS.between(due, rule.today()));
                }).list();
    }

    private List<WaitingRow> waiting(Where where, StatusRule rule) {
        return jdbc.sql("SELECT s.item_no, s.task, s.deadline_text, s.st, COUNT(*) AS n FROM (SELECT a.item_no, "
                        + "i.task, i.deadline_text, " + StatusRule.SQL + " AS st" + FROM + where.sql + ") s "
                        + "WHERE s.st IN ('WAITING_EVENT', 'NO_DUE_DATE') "
                        + "GROUP BY s.item_no, s.task, s.deadline_text, s.st ORDER BY s.item_no, s.st "
                        + "FETCH FIRST " + LIST_LIMIT + " ROWS ONLY")
                .params(where.params(rule)).query((rs, n) -> {
                    AssignmentStatus st = AssignmentStatus.valueOf(rs.getString("st"));
                    return new WaitingRow(rs.getInt("item_no"), rs.getString("task"), rs.getString("deadline_text"),
                            st.name(), messages.get(st.messageKey()), rs.getLong("n"));
                }).list();
    }

    /** Escalation e-mails of the plan's tasks written since Monday (the outbox keys carry the alert code). */
    private List<EscalationRow> escalations(PlanRef plan, Where where, StatusRule rule) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", plan.id());
        params.put("monday", rule.today().with(DayOfWeek.MONDAY).atStartOfDay());
        String agencies = "";
        if (where.agencies != null) {
            agencies = " AND n.agency_id IN (:agencies)";
            params.put("agencies", where.agencies);
        }
        return jdbc.sql("SELECT n.agency_id, n.recipient, n.subject, n.created_at, n.status FROM cchc_notification n "
                        + "WHERE n.plan_id = :plan AND n.idempotency_key LIKE 'planTask:%:ESCALATION:%' "
                        + "AND n.created_at >= :monday" + agencies + " ORDER BY n.created_at DESC, n.id DESC "
                        + "FETCH FIRST " + LIST_LIMIT + " ROWS ONLY")
                .params(params).query((rs, n) -> new EscalationRow(rs.getString("agency_id"),
                        name(rs.getString("agency_id")), rs.getString("recipient"), rs.getString("subject"),
                        rs.getObject("created_at", LocalDateTime.class), rs.getString("status"))).list();
    }

    /** Section heading → area, for the plan's distinct headings (a few dozen at most). */
    private Map<String, Area> sections(String planId) {
        return jdbc.sql("SELECT DISTINCT COALESCE(section, '') AS section FROM cchc_plan_item WHERE plan_id = ?")
                .param(planId).query(String.class).list().stream()
                .collect(Collectors.toMap(s -> s, Area::of, (a, b) -> a));
    }

    /**
     * The WHERE clause of the filter and scope; null when it leaves nothing to count (an agency class without
     * agencies, an area the plan has no section of).
     */
    private Where where(PlanRef plan, DashboardFilter filter, DashboardScope scope) {
        StringBuilder sql = new StringBuilder(" WHERE a.plan_id = :plan");
        Map<String, Object> params = new HashMap<>();
        params.put("plan", plan.id());
        Set<String> agencies = null;
        if (!scope.province()) {
            agencies = new TreeSet<>(scope.agencies());
        }
        if (filter.agencyClass() != null) {
            Set<String> ofClass = directory.ofClass(filter.agencyClass()).stream().map(Agency::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (agencies == null) {
                agencies = ofClass;
            } else {
                agencies.retainAll(ofClass);
            }
        }
        if (agencies != null) {
            if (agencies.isEmpty()) {
                return null;
            }
            sql.append(" AND a.agency_id IN (:agencies)");
            params.put("agencies", agencies);
        }
        if (filter.area() != null) {
            List<String> sections = sections(plan.id()).entrySet().stream()
                    .filter(e -> e.getValue() == filter.area()).map(Map.Entry::getKey).toList();
            if (sections.isEmpty()) {
                return null;
            }
            sql.append(" AND COALESCE(i.section, '') IN (:sections)");
            params.put("sections", sections);
        }
        LocalDate from = filter.from(plan.year());
        if (from != null) {
            sql.append(" AND a.due_date BETWEEN :from AND :to");
            params.put("from", from);
            params.put("to", filter.to(plan.year()));
        }
        return new Where(sql.toString(), params, agencies);
    }

    private record Where(String sql, Map<String, Object> base, Set<String> agencies) {

        /** A fresh, modifiable map of the clause's parameters and the status rule's. */
        Map<String, Object> params(StatusRule rule) {
            Map<String, Object> all = new HashMap<>(base);
            all.putAll(rule.params());
            return all;
        }
    }

    private DashboardData empty(PlanRef plan, List<PlanRef> plans, StatusRule rule, DashboardScope scope) {
        List<StatusCount> statuses = new ArrayList<>();
        for (AssignmentStatus st : AssignmentStatus.values()) {
            statuses.add(new StatusCount(st.name(), messages.get(st.messageKey()), 0, 0));
        }
        List<MonthPoint> trend = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            trend.add(new MonthPoint(m, 0, 0, 0));
        }
        return new DashboardData(plan, plans, rule.today(), scope.province(), new Totals(0, 0, 0, 0, 0, null),
                statuses, List.of(), List.of(), trend, overdueBuckets(new long[4]), List.of(), List.of(), List.of());
    }

    private static void add(long[] bar, AssignmentStatus st, long n) {
        switch (st) {
            case DONE_ON_TIME -> bar[0] += n;
            case DONE_LATE -> bar[1] += n;
            case OVERDUE -> bar[3] += n;
            default -> bar[2] += n;
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    String name(String agencyId) {
        return agencyId == null ? "" : directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

}
