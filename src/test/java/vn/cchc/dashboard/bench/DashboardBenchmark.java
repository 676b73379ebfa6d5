package vn.cchc.dashboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.importer.bench.BenchmarkDatabase;
import vn.cchc.shared.DueDates;

/**
 * Benchmark, not a test (its name keeps it out of the default run): 34 provinces' plans of 118 items × 35 lead
 * agencies (140,420 assignments) and 20,000 escalation e-mails on PostgreSQL with durable commits, then
 * {@code GET /dashboard/data?plan=…} for every plan (all its SQL aggregates and the JSON, through MockMvc, as the
 * UBND leader) against a plain grouped count of the same plan's assignments
 * ({@code SELECT agency_id, status, COUNT(*) … GROUP BY agency_id, status}), interleaved, three rounds after a
 * warm-up; reports p50/p95/max of each and the ratio of the p95s. Run:
 * {@code mvn -q test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "camunda.bpm.job-execution.enabled=false", "cchc.mail.embedded.enabled=false",
        "management.health.mail.enabled=false", "cchc.demo.enabled=false", "cchc.demo.sample-plans=false",
        "logging.level.root=WARN", "logging.level.org.camunda=WARN"})
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class DashboardBenchmark {

    private static final int PLANS = 34;
    private static final int ITEMS = 118;
    private static final int AGENCIES_PER_ITEM = 35;
    private static final int ESCALATIONS = 20_000;
    private static final int ROUNDS = 3;
    private static final String[] SECTIONS = {"I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "V. CẢI CÁCH TÀI CHÍNH CÔNG",
            "VI. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyDirectory directory;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void dashboardAgainstAPlainGroupedCount() throws Exception {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2024, 9, 18, 9, 0).atZone(DueDates.ZONE)
                .toInstant()));
        List<String> agencies = directory.all().stream().map(Agency::id).toList();
        long seedStart = System.nanoTime();
        List<String> plans = seed(agencies);
        jdbc.execute("ANALYZE");
        long assignments = jdbc.queryForObject("SELECT COUNT(*) FROM cchc_assignment", Long.class);
        report(String.format("PostgreSQL fsync=%s, synchronous_commit=%s; cores=%d; %d plans, %d assignments, "
                        + "%d agencies, %d notifications; seeded in %.1f s", show("fsync"),
                show("synchronous_commit"), Runtime.getRuntime().availableProcessors(), plans.size(), assignments,
                agencies.size(), jdbc.queryForObject("SELECT COUNT(*) FROM cchc_notification", Long.class),
                (System.nanoTime() - seedStart) / 1e9));

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        UsernamePasswordAuthenticationToken leader = new UsernamePasswordAuthenticationToken("chutich.ubnd", "n/a",
                List.of(new SimpleGrantedAuthority("ubnd-leader")));
        for (int i = 0; i < 5; i++) { // warm-up
            dashboard(mvc, leader, plans.get(i));
            baseline(plans.get(i));
        }
        List<Long> app = new ArrayList<>();
        List<Long> base = new ArrayList<>();
        int bytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String plan : plans) {
                long t0 = System.nanoTime();
                bytes = dashboard(mvc, leader, plan);
                long t1 = System.nanoTime();
                baseline(plan);
                long t2 = System.nanoTime();
                app.add(t1 - t0);
                base.add(t2 - t1);
            }
        }
        report(String.format("dashboard /dashboard/data (JSON %d bytes): p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                bytes, pct(app, 50), pct(app, 95), pct(app, 100)));
        report(String.format("baseline grouped count(*):           p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                pct(base, 50), pct(base, 95), pct(base, 100)));
        report(String.format("ratio of p95: %.1f (%d samples each)", pct(app, 95) / pct(base, 95), app.size()));
        assertThat(pct(app, 95)).as("p95 in ms").isLessThan(1000);
    }

    private int dashboard(MockMvc mvc, UsernamePasswordAuthenticationToken user, String plan) throws Exception {
        var response = mvc.perform(get("/dashboard/data").param("plan", plan).principal(user)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray().length;
    }

    private void baseline(String plan) {
        jdbc.queryForList("SELECT agency_id, status, COUNT(*) FROM cchc_assignment WHERE plan_id = ? "
                + "GROUP BY agency_id, status", plan);
    }

    private List<String> seed(List<String> agencies) {
        List<String> plans = new ArrayList<>();
        LocalDate now = LocalDate.of(2024, 9, 18);
        for (int p = 1; p <= PLANS; p++) {
            String plan = String.format("BENCH-DASH-%02d", p);
            plans.add(plan);
            jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) VALUES "
                    + "(?, 2024, ?, 'ISSUED', ?, ?)", plan, "Kế hoạch CCHC năm 2024 — tỉnh thử nghiệm " + p,
                    p + "/QĐ-UBND", Timestamp.valueOf(LocalDateTime.of(2023, 12, 1, 9, 0)));
            List<Object[]> items = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 1; i <= ITEMS; i++) {
                boolean undated = i % 20 == 0;
                LocalDate due = undated ? null : LocalDate.of(2024, 1, 15).plusDays((i * 37L + p * 5L) % 345);
                items.add(new Object[]{plan, i, SECTIONS[i % SECTIONS.length], "Nhiệm vụ thử nghiệm số " + i,
                        "x", undated ? "EVENT" : "FIXED", due == null ? null : Date.valueOf(due)});
                for (int j = 0; j < AGENCIES_PER_ITEM; j++) {
                    String agency = agencies.get((i * 7 + j * 3 + p) % agencies.size());
                    int h = Math.floorMod((plan + i + agency).hashCode(), 100);
                    String status;
                    Timestamp completed = null;
                    if (due == null) {
                        status = h < 50 ? "WAITING_EVENT" : "NO_DUE_DATE";
                    } else if (due.isBefore(now) && h < 75) {
                        boolean late = h < 15;
                        status = late ? "DONE_LATE" : "DONE_ON_TIME";
                        completed = Timestamp.valueOf(due.plusDays(late ? 1 + h % 20 : -(h % 10)).atTime(10, 0));
                    } else {
                        status = due.isBefore(now) ? "OVERDUE" : "IN_PROGRESS";
                    }
                    rows.add(new Object[]{plan + ":" + i + ":" + agency + ":" + j, plan, i, agency,
                            due == null ? null : Date.valueOf(due), status, completed});
                }
            }
            jdbc.batchUpdate("INSERT INTO cchc_plan_item (plan_id, item_no, section, task, lead_agencies, "
                    + "deadline_kind, due_date) VALUES (?, ?, ?, ?, ?, ?, ?)", items);
            jdbc.batchUpdate("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                    + "completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        }
        List<Object[]> mails = new ArrayList<>();
        for (int n = 0; n < ESCALATIONS; n++) {
            String plan = plans.get(n % PLANS);
            String agency = agencies.get(n % agencies.size());
            Timestamp at = Timestamp.valueOf(LocalDateTime.of(2024, 9, 18, 8, 0).minusHours(n % 720));
            mails.add(new Object[]{"planTask:" + plan + ":" + n + ":" + agency + ":ESCALATION:5:2024-08-01:x" + n
                    + "@example.invalid", "x" + n + "@example.invalid", agency, plan, at, at, at});
        }
        jdbc.batchUpdate("INSERT INTO cchc_notification (idempotency_key, recipient, agency_id, plan_id, template, "
                + "data, status, attempts, next_attempt_at, subject, created_at, sent_at) VALUES (?, ?, ?, ?, 'alert', "
                + "'{}', 'SENT', 1, ?, 'Cảnh báo', ?, ?)", mails);
        return plans;
    }

    private String show(String setting) {
        return jdbc.queryForObject("SHOW " + setting, String.class);
    }

    private static double pct(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static void report(String line) {
        System.out.println("[dashboard-bench] " + line);
    }

}
