package vn.cchc.notify.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcApplication;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.importer.AgencyAliases;
import vn.cchc.importer.ImportPreview;
import vn.cchc.importer.PlanImport;
import vn.cchc.importer.bench.BenchmarkDatabase;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.DueDates;
import vn.cchc.support.ProductionDriverSettings;
import vn.cchc.support.TestSmtp;

/**
 * Latency, not throughput (not a test): the application running as configured (job executor and the clustered
 * Quartz delivery on, the timings of {@code config/}), embedded PostgreSQL with fsync on, GreenMail in the JVM.
 * <ol>
 * <li><b>Idle timers</b>: before each sample the system has been idle for longer than the job executor's longest
 * wait; then one timer falls due. Plain engine (a process timer → end; fire time from the engine's history) and
 * a {@code planTask} reminder (fire time: the outbox row the timer's job writes; e-mail: the row's SENT stamp,
 * written once the SMTP server accepted the message), alternately. The engine clock runs at real speed, shifted
 * ({@code ClockUtil.offset}) so that each timer is due a few seconds after the shift.</li>
 * <li><b>Issue to first e-mail</b>: the Vĩnh Long 2024 plan (seed 000) against the province directory with 100
 * communes ({@link BenchmarkDatabase#directory()}), driven to its last step; the clock starts when the SNV
 * specialist's "Ban hành Quyết định" is completed through the TaskService as that user (what the Tasklist does), and
 * stops when every agency given tasks has the plan's first e-mail in its GreenMail mailbox. Baseline in the same
 * run: the plain engine starting the same number of {@code planTask} instances in one transaction.</li>
 * </ol>
 * Writes the "Latency" section's results in docs/benchmarks.md.
 *
 * <pre>mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.cchc.notify.bench.LatencyBenchmark [-Dlatency.samples=20]</pre>
 */
public final class LatencyBenchmark {

    private static final int SMTP_PORT = TestSmtp.port();
    private static final Path SEED = Path.of("src/test/resources/seeds/000_cf6734c0d54f4613.txt");
    private static final String KEY_HEADER = "X-CCHC-Notification";
    /** Phase 1 runs from here; phase 2 issues the plan on 18/12/2023, after phase 1's last timer. */
    private static final Instant IDLE_START = at(LocalDate.of(2023, 1, 3), 9);
    private static final Instant IDLE_END = at(LocalDate.of(2023, 11, 30), 0);
    private static final Instant DRAFTING = at(LocalDate.of(2023, 12, 10), 9);
    private static final Instant ISSUING = at(LocalDate.of(2023, 12, 18), 9);
    /** Gross breaches only: the benchmark fails beyond these, it reports everything below them. */
    private static final Duration GROSS_TIMER = Duration.ofSeconds(60);
    private static final Duration GROSS_ISSUE = Duration.ofMinutes(15);

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("latency.samples", 20);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("latency.pg."))
                .forEach(k -> builder.setServerConfig(k.substring("latency.pg.".length()), System.getProperty(k)));
        int exit = 0;
        try (EmbeddedPostgres postgres = builder.start()) {
            GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            String[] arguments = settings(postgres.getJdbcUrl("postgres", "postgres")).entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcApplication.class).run(arguments);
            if (!app.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("benchmark must run on PostgreSQL");
            }
            try {
                LatencyBenchmark bench = new LatencyBenchmark(app, smtp);
                String markdown = bench.run(samples);
                System.out.println(markdown);
                BenchmarksDoc.write("## Latency", "latency", markdown);
                exit = bench.grossBreach ? 1 : 0;
            } finally {
                app.close();
                smtp.stop();
                ClockUtil.reset();
            }
        }
        System.exit(exit);
    }

    /** Only what the benchmark needs to differ from config/: its database, its SMTP port, no demo plans. */
    private static Map<String, Object> settings(String jdbcUrl) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.putAll(ProductionDriverSettings.properties());
        p.put("spring.mail.port", String.valueOf(SMTP_PORT));
        p.put("cchc.mail.embedded.enabled", "false");
        p.put("cchc.demo.sample-plans", "false");
        p.put("cchc.agencies", BenchmarkDatabase.directory().toString());
        p.put("management.health.mail.enabled", "false");
        p.put("logging.level.root", "WARN");
        return p;
    }

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AgencyDirectory directory;
    private final PlanImport planImport;
    private final AgencyAliases aliases;
    private final GreenMail smtp;
    private final Environment environment;
    private final Random random = new Random(17);
    /** Engine time minus wall time, in milliseconds (what {@link ClockUtil#offset} was last given). */
    private long offset;
    private boolean grossBreach;

    private LatencyBenchmark(ConfigurableApplicationContext app, GreenMail smtp) {
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.tx = app.getBean(TransactionTemplate.class);
        this.directory = app.getBean(AgencyDirectory.class);
        this.planImport = app.getBean(PlanImport.class);
        this.aliases = app.getBean(AgencyAliases.class);
        this.environment = app.getEnvironment();
        this.smtp = smtp;
    }

    private String run(int samples) throws Exception {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        String setup = String.format(Locale.ROOT, "job executor %s, wait %d ms, max wait %d ms, %s threads; "
                        + "%s delivery workers every %s", executor.isActive() ? "on" : "OFF",
                executor.getWaitTimeInMillis(), executor.getMaxWait(),
                environment.getProperty("camunda.bpm.job-execution.core-pool-size"),
                environment.getProperty("cchc.notify.delivery.workers"),
                environment.getProperty("cchc.notify.delivery.interval"));
        System.out.println("[latency] " + setup);
        IdleTimers idle = idleTimers(samples);
        Issue issue = issueToFirstMail();
        String load = String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        return markdown(setup, idle, issue, load);
    }

    // ---------------------------------------------------------------- idle timers

    record IdleTimers(List<Long> plain, List<Long> fired, List<Long> mailed, long idleMinMs) {
    }

    private IdleTimers idleTimers(int samples) throws Exception {
        engine.getRepositoryService().createDeployment().addModelInstance("latency-timer.bpmn",
                Bpmn.createExecutableProcess("latencyTimer").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("wait").timerWithDate("${at}").endEvent().done()).deploy();
        Agency agency = directory.all().stream().filter(a -> a.email() != null).findFirst().orElseThrow();
        jdbc.update("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, created_at) "
                + "VALUES ('KH-LATENCY', 2023, 'Kế hoạch cải cách hành chính năm 2023', 'ISSUED', '1/QĐ-LAT', ?)",
                LocalDateTime.now());
        List<Long> plain = new ArrayList<>();
        List<Long> fired = new ArrayList<>();
        List<Long> mailed = new ArrayList<>();
        long idleMin = Long.MAX_VALUE;
        Instant cursor = IDLE_START;
        for (int k = 0; k < samples; k++) {
            // the plain engine: a timer created a day before its instant
            Instant due = cursor.plus(Duration.ofDays(1));
            engineNow(cursor);
            String id = engine.getRuntimeService().startProcessInstanceByKey("latencyTimer",
                    Map.of("at", Date.from(due))).getId();
            long idleMs = idleBefore(due);
            idleMin = Math.min(idleMin, idleMs);
            waitUntil(() -> ended(id) != null, GROSS_TIMER.plusMillis(idleMs), "plain timer " + k);
            plain.add(ended(id).getTime() - due.toEpochMilli());

            // a planTask whose first reminder is its next timer
            cursor = due.plus(Duration.ofHours(1));
            engineNow(cursor);
            String businessKey = "1/QĐ-LAT:" + k + ":" + agency.id();
            String pid = startPlanTask(businessKey, agency, LocalDate.ofInstant(cursor, DueDates.ZONE).plusDays(20));
            waitUntil(() -> nextTimer(pid) != null, Duration.ofMinutes(2), "reminder timer " + k + " planned");
            Instant alert = nextTimer(pid).getDuedate().toInstant();
            idleMs = idleBefore(alert);
            idleMin = Math.min(idleMin, idleMs);
            String prefix = "planTask:" + businessKey + ":%";
            waitUntil(() -> count("SELECT COUNT(*) FROM cchc_notification WHERE idempotency_key LIKE ? "
                    + "AND status = 'SENT'", prefix) > 0, GROSS_TIMER.plusMillis(idleMs), "reminder mail " + k);
            Map<String, Object> row = jdbc.queryForMap("SELECT MIN(created_at) AS fired, MIN(sent_at) AS sent "
                    + "FROM cchc_notification WHERE idempotency_key LIKE ?", prefix);
            fired.add(local(row.get("fired")).toEpochMilli() - alert.toEpochMilli());
            mailed.add(local(row.get("sent")).toEpochMilli() - alert.toEpochMilli());
            // its later reminders must not fire when the clock moves on
            engine.getRuntimeService().deleteProcessInstance(pid, "latency benchmark", true, true);
            System.out.printf(Locale.ROOT, "[latency] sample %d: idle %.1f s; plain timer %d ms; reminder fired "
                    + "%d ms, e-mail %d ms after due%n", k + 1, idleMs / 1e3, plain.get(k), fired.get(k), mailed.get(k));
            cursor = alert.plus(Duration.ofHours(1));
            if (cursor.isAfter(IDLE_END)) {
                throw new IllegalStateException("too many samples for the year before the plan: " + samples);
            }
        }
        grossBreach |= Math.max(max(plain), max(mailed)) > GROSS_TIMER.toMillis();
        return new IdleTimers(plain, fired, mailed, idleMin);
    }

    /**
     * Moves the engine clock so that {@code due} comes after an idle pause longer than the job executor's longest
     * wait, plus a random part so that the instant falls anywhere in the executor's cycle. @return the pause, ms
     */
    private long idleBefore(Instant due) {
        long pause = 6_000 + random.nextInt(5_000);
        engineNow(due.minusMillis(pause));
        return pause;
    }

    private String startPlanTask(String businessKey, Agency agency, LocalDate dueDate) {
        return tx.execute(s -> {
            Map<String, Object> vars = new HashMap<>();
            vars.put("planId", "KH-LATENCY");
            vars.put("planTitle", "Kế hoạch cải cách hành chính năm 2023");
            vars.put("decisionNumber", "1/QĐ-LAT");
            vars.put("itemNo", 1);
            vars.put("agencyId", agency.id());
            vars.put("agencyName", agency.name());
            vars.put("taskText", "Báo cáo công tác cải cách hành chính");
            vars.put("product", "Báo cáo");
            vars.put("deadlineText", "Trong năm 2023");
            vars.put("dueDate", DueDates.endOfDay(dueDate));
            vars.put("dueDateText", DueDates.format(dueDate));
            String id = engine.getRuntimeService().createProcessInstanceByKey(PlanVariables.TASK_PROCESS_KEY)
                    .businessKey(businessKey).setVariables(vars).execute().getId();
            jdbc.update("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                    + "process_instance_id) VALUES (?, 'KH-LATENCY', 1, ?, ?, 'IN_PROGRESS', ?)", businessKey,
                    agency.id(), dueDate, id);
            return id;
        });
    }

    /**
     * The next timer of a process instance or of the instances it calls: a {@code planTask}'s reminders are timers
     * of the {@code followUp} instance its call activity starts.
     */
    private Job nextTimer(String processInstanceId) {
        Set<String> instances = new HashSet<>(Set.of(processInstanceId));
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(called -> instances.add(called.getId()));
        return engine.getManagementService().createJobQuery().processInstanceIds(instances).timers()
                .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
    }

    private Date ended(String processInstanceId) {
        HistoricProcessInstance p = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return p == null ? null : p.getEndTime();
    }

    // ---------------------------------------------------------------- issue to first e-mail

    record Issue(int instances, int agencies, int agenciesWithoutMailbox, long notices, long completeMs,
                 long deployStartMs, long deployEndMs, long firstMs, long halfMs, long allMs, long lastSentMs,
                 long asyncLeftAtEnd, double baselineSeconds) {
    }

    private Issue issueToFirstMail() throws Exception {
        String planId = "KH-LAT-2024";
        engineNow(DRAFTING);
        aliases.add("các đơn vị có liên quan", List.of("so-noi-vu"), "benchmark");
        aliases.add("các đơn vị liên quan", List.of("so-noi-vu"), "benchmark");
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024"));
        ImportPreview preview = planImport.importFile(planId, Files.readAllBytes(SEED), "000.txt");
        if (!preview.unresolved().isEmpty()) {
            throw new IllegalStateException("unresolved: " + preview.unresolved());
        }
        complete(planId, "draftPlan", Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE,
                "Kế hoạch cải cách hành chính năm 2024", PlanVariables.ITEMS_JSON, "",
                PlanVariables.COMMENT_AGENCIES, ""));
        complete(planId, "reviewDraft", Map.of(PlanVariables.APPROVED, true));
        complete(planId, "submitProposal", Map.of(PlanVariables.SUBMISSION_NUMBER, "1/TTr-SNV",
                PlanVariables.SUBMISSION_DATE, "2023-12-10", PlanVariables.NEEDS_LEGAL_APPRAISAL, false));
        complete(planId, "appraiseSubmission", Map.of(PlanVariables.APPROVED, true));
        complete(planId, "approvePlan", Map.of(PlanVariables.APPROVED, true));
        Task issue = task(planId, "issuePlan");
        String lifecycleId = lifecycle(planId).getId();
        engineNow(ISSUING);
        // quiet before the click: nothing due, the executor back to its longest wait
        waitUntil(() -> engine.getManagementService().createJobQuery().executable().count() == 0,
                Duration.ofMinutes(5), "jobs before the issue");
        Thread.sleep(7_000);

        long t0 = System.currentTimeMillis();
        engine.getIdentityService().setAuthentication("latency.snv", List.of("snv-specialist"));
        try {
            engine.getTaskService().complete(issue.getId(), Map.of(PlanVariables.DECISION_NUMBER, "2890/QĐ-UBND",
                    PlanVariables.DECISION_DATE, "2023-12-18", PlanVariables.SIGNER, "Chủ tịch UBND tỉnh"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long completeMs = System.currentTimeMillis() - t0;
        Map<String, Long> firstMail = new HashMap<>();
        String keyPrefix = "work:newTasks:" + planId + ":";
        Set<String> expected = null;
        int withoutMailbox = 0;
        int seen = -1;
        long stop = t0 + GROSS_ISSUE.toMillis();
        while (expected == null || !firstMail.keySet().containsAll(expected)) {
            long now = System.currentTimeMillis();
            if (now > stop) {
                grossBreach = true;
                throw new IllegalStateException("gave up: " + firstMail.size() + " agencies of "
                        + (expected == null ? "?" : expected.size()) + " have the plan's e-mail after " + GROSS_ISSUE);
            }
            MimeMessage[] messages = smtp.getReceivedMessages();
            if (messages.length != seen) {
                seen = messages.length;
                for (MimeMessage m : messages) {
                    String key = m.getHeader(KEY_HEADER, null);
                    if (key != null && key.startsWith(keyPrefix)) {
                        for (Address a : m.getAllRecipients()) {
                            firstMail.putIfAbsent(((InternetAddress) a).getAddress().toLowerCase(Locale.ROOT), now);
                        }
                    }
                }
            }
            // each item is deployed in a transaction of its own: the agencies given tasks are known once the
            // deployment step has ended, not when its first assignment row is committed
            if (expected == null && deploymentEnded(lifecycleId)) {
                expected = new TreeSet<>();
                for (String agencyId : jdbc.queryForList("SELECT DISTINCT agency_id FROM cchc_assignment "
                        + "WHERE plan_id = ?", String.class, planId)) {
                    String email = directory.byId(agencyId).map(Agency::email).orElse(null);
                    if (email == null || email.isBlank()) {
                        withoutMailbox++;
                    } else {
                        expected.add(email.toLowerCase(Locale.ROOT));
                    }
                }
            }
            Thread.sleep(100);
        }
        long asyncLeft = engine.getManagementService().createJobQuery()
                .processDefinitionKey(PlanVariables.TASK_PROCESS_KEY).messages().count();
        List<Long> arrivals = expected.stream().map(firstMail::get).sorted().toList();
        HistoricActivityInstance deployment = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(lifecycleId).activityId(DEPLOYMENT).singleResult();
        long lastSent = local(jdbc.queryForObject("SELECT MAX(sent_at) FROM cchc_notification "
                + "WHERE idempotency_key LIKE ?", Object.class, keyPrefix + "%")).toEpochMilli() - offset;
        long notices = count("SELECT COUNT(*) FROM cchc_notification WHERE idempotency_key LIKE ?", keyPrefix + "%");
        int instances = instances(planId).size();
        System.out.printf(Locale.ROOT, "[latency] issue: %d instances, %d agencies with a mailbox; first %d ms, "
                        + "all %d ms%n", instances, expected.size(), arrivals.get(0) - t0,
                arrivals.get(arrivals.size() - 1) - t0);

        // baseline: the plain engine starts as many planTask instances, once the executor is quiet again
        waitUntil(() -> engine.getManagementService().createJobQuery().executable().count() == 0,
                Duration.ofMinutes(30), "jobs after the issue");
        // the baseline's instances have no assignment rows: their follow-up jobs must not run (they would fail on
        // the checkpoints' foreign key); the job executor is not needed after this point
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        double baseline = baseline(planId) / 1e9;
        Issue result = new Issue(instances, expected.size(), withoutMailbox, notices, completeMs,
                deployment.getStartTime().getTime() - offset - t0, deployment.getEndTime().getTime() - offset - t0,
                arrivals.get(0) - t0, arrivals.get((arrivals.size() - 1) / 2) - t0,
                arrivals.get(arrivals.size() - 1) - t0, lastSent - t0, asyncLeft, baseline);
        grossBreach |= result.allMs() > GROSS_ISSUE.toMillis();
        return result;
    }

    /** The deployment step as a whole: the multi-instance over the plan's items (bpmn/plan-lifecycle.bpmn). */
    private static final String DEPLOYMENT = "deployPlanTasks#multiInstanceBody";

    private boolean deploymentEnded(String lifecycleId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(lifecycleId).activityId(DEPLOYMENT).finished().count() > 0;
    }

    private void complete(String planId, String taskKey, Map<String, Object> vars) throws InterruptedException {
        engine.getTaskService().complete(task(planId, taskKey).getId(), vars);
    }

    private Task task(String planId, String taskKey) throws InterruptedException {
        waitUntil(() -> query(planId, taskKey) != null, Duration.ofMinutes(2), taskKey);
        return query(planId, taskKey);
    }

    private Task query(String planId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    private ProcessInstance lifecycle(String planId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(planId)
                .processDefinitionKey(PlanVariables.PROCESS_KEY).singleResult();
    }

    private List<ProcessInstance> instances(String planId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PlanVariables.TASK_PROCESS_KEY)
                .variableValueEquals(PlanVariables.PLAN_ID, planId).list().stream()
                .filter(p -> !p.getBusinessKey().endsWith(":base")).toList();
    }

    /** As DeploymentBenchmark's baseline: same business keys (suffixed), same variables, one transaction. */
    private long baseline(String planId) {
        List<ProcessInstance> started = instances(planId);
        Map<String, Map<String, Object>> vars = new HashMap<>();
        List<String> ids = started.stream().map(ProcessInstance::getId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new))
                    .list()) {
                vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> {
            String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(PlanVariables.TASK_PROCESS_KEY).latestVersion().singleResult().getId();
            for (ProcessInstance p : started) {
                engine.getRuntimeService().createProcessInstanceById(definitionId)
                        .businessKey(p.getBusinessKey() + ":base").setVariables(vars.get(p.getId())).execute();
            }
        });
        return System.nanoTime() - start;
    }

    // ---------------------------------------------------------------- report

    private String markdown(String setup, IdleTimers idle, Issue issue, String load) {
        return """
                ## Latency

                Run on %s: `mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
                -Dexec.classpathScope=test -Dexec.mainClass=vn.cchc.notify.bench.LatencyBenchmark` (class
                `src/test/java/vn/cchc/notify/bench/LatencyBenchmark.java`). Embedded PostgreSQL 16 with fsync,
                synchronous_commit and full_page_writes on; the settings of config/ (%s); GreenMail SMTP in the same
                JVM; %d CPUs visible to the JVM; load average at the end (1, 5, 15 min): %s.

                | idle timers (%d samples each, idle ≥ %.1f s before each) | p50 | p95 | max |
                |---|---|---|---|
                | plain engine: timer → end, fired after its due instant | %s | %s | %s |
                | planTask reminder: fired (outbox row written) after due | %s | %s | %s |
                | planTask reminder: **e-mail accepted by the SMTP server** after due | %s | %s | %s |

                | issue to first e-mail (whole province) | value |
                |---|---|
                | planTask instances deployed / agencies with a mailbox given tasks (without one) | %d / %d (%d) |
                | "new tasks" e-mails written for the plan (agency mailboxes and officials with an address) | %d |
                | completing "Ban hành Quyết định" (the click) took | %s |
                | deployment step (every item) started / ended (committed) after the click | %s / %s |
                | **first agency's mailbox** has the plan's e-mail | %s |
                | 50 %% of the agencies' mailboxes | %s |
                | **100 %% of the agencies' mailboxes** | %s |
                | last "new tasks" e-mail of the plan accepted by the SMTP server (outbox stamp) | %s |
                | planTask async jobs still waiting when the last mailbox had its e-mail | %d |
                | baseline: plain engine starts %d planTask instances (one transaction) | %.1f s |
                | deployment step / baseline | %.2f |
                """.formatted(LocalDateTime.now().withNano(0), setup, Runtime.getRuntime().availableProcessors(),
                load, idle.plain().size(), idle.idleMinMs() / 1e3,
                s(pct(idle.plain(), 50)), s(pct(idle.plain(), 95)), s(max(idle.plain())),
                s(pct(idle.fired(), 50)), s(pct(idle.fired(), 95)), s(max(idle.fired())),
                s(pct(idle.mailed(), 50)), s(pct(idle.mailed(), 95)), s(max(idle.mailed())),
                issue.instances(), issue.agencies(), issue.agenciesWithoutMailbox(), issue.notices(),
                s(issue.completeMs()), s(issue.deployStartMs()), s(issue.deployEndMs()), s(issue.firstMs()),
                s(issue.halfMs()), s(issue.allMs()), s(issue.lastSentMs()), issue.asyncLeftAtEnd(),
                issue.instances(), issue.baselineSeconds(),
                (issue.deployEndMs() - issue.deployStartMs()) / 1e3 / issue.baselineSeconds());
    }

    private static String s(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1e3);
    }

    private static long pct(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    // ---------------------------------------------------------------- helpers

    /** The engine clock (and the application's {@code Clock} bean) runs at real speed from {@code now}. */
    private void engineNow(Instant now) {
        offset = now.toEpochMilli() - System.currentTimeMillis();
        ClockUtil.offset(offset);
    }

    /** A TIMESTAMP of the outbox (Vietnam local time of the engine clock) as an instant. */
    private static Instant local(Object timestamp) {
        LocalDateTime t = timestamp instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) timestamp;
        return t.atZone(DueDates.ZONE).toInstant();
    }

    private long count(String sql, Object... args) {
        Long c = jdbc.queryForObject(sql, Long.class, args);
        return c == null ? 0 : c;
    }

    private static void waitUntil(BooleanSupplier done, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + limit);
            }
            Thread.sleep(20);
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(DueDates.ZONE).toInstant();
    }
}
