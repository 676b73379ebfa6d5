package vn.cchc.notify.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcApplication;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;
import vn.cchc.support.ProductionDriverSettings;
import vn.cchc.support.TestSmtp;

/**
 * The quarter-end burst (not a test): N planTask instances whose first reminder falls due at the same instant, on
 * embedded PostgreSQL with fsync on, the job executor and the clustered Quartz delivery running as in production,
 * GreenMail as the SMTP server. Measures, in the same run, the plain engine's timer throughput (N instances of a
 * process that only waits for a timer) and the time until every reminder reached the SMTP server; counts
 * duplicates and losses; writes the "Reminder burst" section of docs/benchmarks.md.
 *
 * <pre>mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.cchc.notify.bench.ReminderBurstBenchmark [-Dburst.size=20000] [-Dburst.pg.name=value]</pre>
 */
public final class ReminderBurstBenchmark {

    /** A free port, never the demo's 3025 (TestSmtp). */
    private static final int SMTP_PORT = TestSmtp.port();
    private static final Date SETUP_TIME = at(LocalDate.of(2024, 3, 1), 9);
    private static final LocalDate DUE = LocalDate.of(2024, 4, 1);
    /** 10 working days before 01/04/2024, 08:00: where every burst timer waits. */
    private static final Date FIRE_TIME = at(LocalDate.of(2024, 3, 18), 8);

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("burst.size", 20_000);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
        // -Dburst.pg.<setting>=<value> passes extra PostgreSQL settings, e.g. log_min_duration_statement=5
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("burst.pg."))
                .forEach(k -> builder.setServerConfig(k.substring("burst.pg.".length()), System.getProperty(k)));
        try (EmbeddedPostgres postgres = builder.start()) {
            GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            ClockUtil.setCurrentTime(SETUP_TIME);
            // command-line arguments: they win over config/application.yml (default properties would not)
            String[] arguments = settings(postgres.getJdbcUrl("postgres", "postgres")).entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcApplication.class).run(arguments);
            if (!app.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("benchmark must run on PostgreSQL");
            }
            try {
                Result result = new ReminderBurstBenchmark(app, smtp).run(n);
                System.out.println(result.markdown());
                BenchmarksDoc.write("## Reminder burst", "reminder burst", result.markdown());
            } finally {
                app.close();
                smtp.stop();
                ClockUtil.reset();
            }
        }
        System.exit(0);
    }

    private static Map<String, Object> settings(String jdbcUrl) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.putAll(ProductionDriverSettings.properties());
        p.put("spring.datasource.hikari.maximum-pool-size", "20");
        p.put("spring.mail.port", String.valueOf(SMTP_PORT));
        p.put("cchc.mail.embedded.enabled", "false");
        p.put("cchc.demo.sample-plans", "false");
        p.put("management.health.mail.enabled", "false");
        p.put("camunda.bpm.job-execution.max-wait", "500");
        p.put("camunda.bpm.job-execution.wait-time-in-millis", "100");
        p.put("logging.level.com.icegreen", "WARN");
        return p;
    }

    record Result(int n, double plainSeconds, double timersSeconds, long sentWhenTimersDone,
                  double deliveredSeconds, long received, long distinct, long sentRows, String cpu, String setup) {
        String markdown() {
            double plainRate = n / plainSeconds;
            double endToEnd = n / deliveredSeconds;
            return """
                    ## Reminder burst

                    Run on %s: `mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
                    -Dexec.classpathScope=test -Dexec.mainClass=vn.cchc.notify.bench.ReminderBurstBenchmark` (class
                    `src/test/java/vn/cchc/notify/bench/ReminderBurstBenchmark.java`). Embedded PostgreSQL 16 with
                    fsync, synchronous_commit and full_page_writes on; settings of config/ (%s); GreenMail SMTP
                    in the same JVM; %s.

                    | measure | value |
                    |---|---|
                    | burst size (planTask instances, reminders due at the same instant) | %d |
                    | plain engine: %d timers (timer → end) fired in | %.1f s (%.0f timers/s) |
                    | planTask: all reminder timers fired (notifications written) in | %.1f s (%.0f /s) |
                    | e-mails already at the SMTP server when the last timer had fired | %d |
                    | planTask: every e-mail at the SMTP server in | %.1f s (**%.0f reminders/s end to end**) |
                    | end-to-end rate / plain timer rate | %.2f |
                    | e-mails received / distinct idempotency keys / rows SENT | %d / %d / %d |
                    | duplicates / losses | %d / %d |
                    """.formatted(LocalDateTime.now().withNano(0), setup, cpu, n, n, plainSeconds, plainRate,
                    timersSeconds, n / timersSeconds, sentWhenTimersDone, deliveredSeconds, endToEnd,
                    endToEnd / plainRate,
                    received, distinct, sentRows, received - distinct, n - distinct);
        }
    }

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AgencyDirectory directory;
    private final GreenMail smtp;
    private final org.springframework.core.env.Environment environment;

    private ReminderBurstBenchmark(ConfigurableApplicationContext app, GreenMail smtp) {
        this.environment = app.getEnvironment();
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.tx = app.getBean(TransactionTemplate.class);
        this.directory = app.getBean(AgencyDirectory.class);
        this.smtp = smtp;
    }

    private Result run(int n) throws Exception {
        engine.getRepositoryService().createDeployment().addModelInstance("bench-timer.bpmn",
                Bpmn.createExecutableProcess("benchTimer").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("wait").timerWithDate("${at}").endEvent().done()).deploy();
        startInBatches(n, i -> engine.getRuntimeService().startProcessInstanceByKey("benchTimer",
                Map.of("at", FIRE_TIME)));
        settle();
        double plain = fire(() -> timers("benchTimer"));
        System.out.printf("plain timers: %d in %.1f s%n", n, plain);

        ClockUtil.setCurrentTime(SETUP_TIME);
        startPlanTasks(n);
        // a plan task's reminder timer is in the followUp instance it calls
        waitUntil(() -> timers("followUp") >= n, "planTask timers planned");
        settle();
        long t0 = System.nanoTime();
        ClockUtil.setCurrentTime(FIRE_TIME);
        double timersFired = waitUntil(() -> count("SELECT COUNT(*) FROM cchc_notification") >= n, "timers") - t0;
        long sentWhenTimersDone = count("SELECT COUNT(*) FROM cchc_notification WHERE status = 'SENT'");
        // a row is marked SENT only after the SMTP server accepted it: polling the table, not GreenMail's store
        double delivered = waitUntil(() -> count("SELECT COUNT(*) FROM cchc_notification WHERE status = 'SENT'")
                >= n, "delivery") - t0;
        Set<String> keys = new HashSet<>();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (MimeMessage m : received) {
            keys.add(m.getHeader("X-CCHC-Notification", null));
        }
        String cpu = Runtime.getRuntime().availableProcessors() + " CPUs visible to the JVM, load average "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the end of the run";
        return new Result(n, plain, timersFired / 1e9, sentWhenTimersDone, delivered / 1e9, received.length,
                keys.size(),
                count("SELECT COUNT(*) FROM cchc_notification WHERE status = 'SENT'"), cpu, setup());
    }

    private void startPlanTasks(int n) {
        List<Agency> agencies = directory.all().stream().filter(a -> a.email() != null).toList();
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) "
                + "VALUES ('KH-BENCH', 2024, 'Kế hoạch cải cách hành chính năm 2024', 'ISSUED', '2890/QĐ-UBND', ?)",
                LocalDateTime.now());
        RuntimeService runtime = engine.getRuntimeService();
        List<Object[]> rows = new ArrayList<>();
        startInBatches(n, i -> {
            Agency agency = agencies.get(i % agencies.size());
            String key = "2890/QĐ-UBND:" + i + ":" + agency.id();
            Map<String, Object> vars = new HashMap<>();
            vars.put("planId", "KH-BENCH");
            vars.put("planTitle", "Kế hoạch cải cách hành chính năm 2024");
            vars.put("decisionNumber", "2890/QĐ-UBND");
            vars.put("itemNo", i);
            vars.put("agencyId", agency.id());
            vars.put("agencyName", agency.name());
            vars.put("taskText", "Báo cáo công tác cải cách hành chính quý I/2024 (nhiệm vụ " + i + ")");
            vars.put("product", "Báo cáo");
            vars.put("deadlineText", "Quý I/2024");
            vars.put("dueDate", DueDates.endOfDay(DUE));
            vars.put("dueDateText", DueDates.format(DUE));
            String id = runtime.createProcessInstanceByKey("planTask").businessKey(key).setVariables(vars)
                    .execute().getId();
            rows.add(new Object[] {key, i, agency.id(), DUE, id});
        });
        jdbc.batchUpdate("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                + "process_instance_id) VALUES (?, 'KH-BENCH', ?, ?, ?, 'IN_PROGRESS', ?)", rows);
    }

    private void startInBatches(int n, java.util.function.IntConsumer start) {
        for (int from = 0; from < n; from += 100) {
            int first = from;
            tx.executeWithoutResult(s -> {
                for (int i = first; i < Math.min(first + 100, n); i++) {
                    start.accept(i);
                }
            });
        }
    }

    /**
     * In production the timers of a quarter-end burst wait days or weeks for their instant, long enough for
     * PostgreSQL's autovacuum to have analyzed the job table; here they were created a moment ago, so the planner's
     * statistics still describe an empty table. ANALYZE puts the benchmark where production is.
     */
    private void settle() {
        jdbc.execute("ANALYZE act_ru_job");
    }

    /** Jumps the clock to the burst instant; seconds until no timer of benchTimer is left. */
    private double fire(LongSupplier left) throws InterruptedException {
        waitUntil(() -> left.getAsLong() > 0, "plain timers created");
        long t0 = System.nanoTime();
        ClockUtil.setCurrentTime(FIRE_TIME);
        return (waitUntil(() -> left.getAsLong() == 0, "plain timers fired") - t0) / 1e9;
    }

    private String setup() {
        org.springframework.core.env.Environment env = environment;
        return "job executor " + env.getProperty("camunda.bpm.job-execution.core-pool-size") + " threads, "
                + env.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition") + " jobs per acquisition; "
                + env.getProperty("cchc.notify.delivery.workers") + " delivery workers every "
                + env.getProperty("cchc.notify.delivery.interval") + ", batches of "
                + env.getProperty("cchc.notify.delivery.batch-size");
    }

    private long timers(String processKey) {
        return engine.getManagementService().createJobQuery().timers().processDefinitionKey(processKey).count();
    }

    private long count(String sql) {
        Long c = jdbc.queryForObject(sql, Long.class);
        return c == null ? 0 : c;
    }

    private static long waitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
        return System.nanoTime();
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(DueDates.ZONE).toInstant());
    }
}
