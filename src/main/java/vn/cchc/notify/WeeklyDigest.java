package vn.cchc.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.CchcProperties;
import vn.cchc.shared.DueDates;

/**
 * The weekly digest: for every agency with open work, one message to its mailbox listing its overdue tasks and
 * those due within the next {@code horizonWorkingDays} working days. Key {@code digest:<agency>:<ISO week>}, so a
 * second run in the same week (another node, a misfire) writes nothing.
 */
@Component
public class WeeklyDigest {

    public static final String TEMPLATE = "digest";
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;
    private final TransactionTemplate tx;
    private final int horizon;
    private final String tasklistUrl;
    private final Clock clock;

    WeeklyDigest(JdbcClient jdbc, Notifications notifications, AgencyDirectory directory, WorkingCalendar calendar,
                 TransactionTemplate tx, NotifyProperties properties, CchcProperties cchc,
                 Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.directory = directory;
        this.calendar = calendar;
        this.tx = tx;
        this.horizon = properties.digest().horizonWorkingDays();
        this.tasklistUrl = cchc.tasklistUrl();
        this.clock = clock;
    }

    record OpenTask(String agencyId, String planTitle, String decisionNumber, String task, String product,
                    LocalDate due) {
    }

    /** Writes this week's digests; returns how many were written. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = calendar.plusWorkingDays(today, horizon);
        Map<String, List<OpenTask>> byAgency = new LinkedHashMap<>();
        open(until).forEach(t -> byAgency.computeIfAbsent(t.agencyId(), a -> new ArrayList<>()).add(t));
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Integer written = tx.execute(s -> {
            int n = 0;
            for (var entry : byAgency.entrySet()) {
                Agency agency = directory.byId(entry.getKey()).orElse(null);
                if (agency == null || agency.email() == null || agency.email().isBlank()) {
                    continue;
                }
                n += notifications.enqueue(new NewNotification("digest:" + agency.id() + ":" + week, agency.email(),
                        agency.name(), agency.id(), null, TEMPLATE, data(agency, entry.getValue(), today))) ? 1 : 0;
            }
            return n;
        });
        return written == null ? 0 : written;
    }

    private Map<String, Object> data(Agency agency, List<OpenTask> tasks, LocalDate today) {
        List<Map<String, Object>> overdue = new ArrayList<>();
        List<Map<String, Object>> upcoming = new ArrayList<>();
        for (OpenTask t : tasks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("planTitle", t.planTitle());
            row.put("decisionNumber", t.decisionNumber());
            row.put("taskText", t.task());
            row.put("product", t.product());
            row.put("dueDate", DueDates.format(t.due()));
            if (t.due().isBefore(today)) {
                row.put("workingDaysOverdue", calendar.workingDaysBetween(t.due(), today));
                overdue.add(row);
            } else {
                row.put("workingDaysLeft", calendar.workingDaysBetween(today, t.due()));
                upcoming.add(row);
            }
        }
        return Map.of("agencyName", agency.name(), "today", DueDates.format(today), "horizon", horizon,
                "overdue", overdue, "upcoming", upcoming, "tasklistUrl", tasklistUrl);
    }

    private List<OpenTask> open(LocalDate until) {
        return jdbc.sql("""
                        SELECT a.agency_id, p.title, p.decision_number, i.task, i.product, a.due_date
                          FROM cchc_assignment a
                          JOIN cchc_plan_item i ON i.plan_id = a.plan_id AND i.item_no = a.item_no
                          JOIN cchc_plan p ON p.id = a.plan_id
                         WHERE a.status NOT IN ('DONE_ON_TIME', 'DONE_LATE') AND a.due_date IS NOT NULL
                           AND a.due_date <= ?
                         ORDER BY a.agency_id, a.due_date, a.plan_id, a.item_no""")
                .param(until)
                .query((rs, n) -> new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
