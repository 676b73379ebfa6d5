package vn.cchc.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;

/**
 * The cluster fault suite (not a test, not in {@code mvn verify}): two application nodes started from the built jar
 * with the production profile, one PostgreSQL with fsync on, an SMTP server in its own JVM, driven over HTTP. Each
 * scenario is a quarter-end burst of overdue notices (N planTask instances started over the engine's REST API
 * while their job definitions are suspended, then activated at once, so N jobs fall due at the same instant on
 * both nodes), with a fault injected halfway; it ends with the count of notifications expected, written, sent,
 * received by the SMTP server, duplicated and lost. Results go to {@code docs/reliability.md}.
 *
 * <pre>mvn -o -q package -DskipTests &amp;&amp; mvn -o -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=vn.cchc.faults.ClusterFaultSuite [-Dfaults.size=1000]
 *     [-Dfaults.scenarios=1,2,3,4,5,6,7] [-Dfaults.lockSeconds=60] [-Dfaults.smtpDownSeconds=90]
 *     [-Dfaults.pgDownSeconds=20]</pre>
 */
public final class ClusterFaultSuite {

    private static final int TIMEOUT_SECONDS = Integer.getInteger("faults.timeoutSeconds", 1200);
    private final Cluster cluster;
    private final List<Agency> agencies;
    private final LocalDate due;
    /** The nodes a load balancer spreads the burst's starts over: both, except while one is stopped (scenario 7). */
    private List<Cluster.Node> serving;

    private ClusterFaultSuite(Cluster cluster) {
        this.cluster = cluster;
        this.agencies = AgencyDirectory.load(Path.of("config/agencies/vinh-long-2025.yml")).all().stream()
                .filter(a -> a.email() != null && !a.email().isBlank()).toList();
        // two days ago: the overdue notice (due day + 1, 00:00) has come, the first escalation (3 working days
        // after the due date) has not, so each task writes exactly one notification, to its agency's mailbox
        this.due = LocalDate.now(DueDates.ZONE).minusDays(2);
        this.serving = List.of(cluster.a, cluster.b);
    }

    static void log(String format, Object... args) {
        System.out.println(LocalTime.now().withNano(0) + " " + format.formatted(args));
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("faults.jar", "target/cchc-orchestrator.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " missing: build it first with mvn -o -q package -DskipTests");
        }
        int n = Integer.getInteger("faults.size", 1000);
        String scenarios = System.getProperty("faults.scenarios", "1,2,3");
        Set<String> wanted = Set.of(scenarios.split(","));
        int lockSeconds = Integer.getInteger("faults.lockSeconds", 60);
        List<Result> results = new ArrayList<>();
        String sessions = "";
        long t0 = System.nanoTime();
        try (Cluster cluster = new Cluster(jar, lockSeconds)) {
            log("work directory %s", cluster.work);
            cluster.startPostgres();
            cluster.startSmtp();
            // one after the other, as a rolling start would: the first migrates the schema and deploys
            cluster.start(cluster.a);
            cluster.start(cluster.b);
            ClusterFaultSuite suite = new ClusterFaultSuite(cluster);
            String metrics = cluster.a.rest().page("/actuator/prometheus");
            log("/actuator/prometheus of node A (administrator): %s", metrics.lines()
                    .filter(l -> l.startsWith("cchc_")).collect(Collectors.joining("; ")));
            if (wanted.contains("1")) {
                results.add(suite.run("1", "quarter-end burst split across both nodes", n, new NoFault()));
            }
            if (wanted.contains("2")) {
                results.add(suite.run("2", "`kill -9` of node B halfway through the burst", n,
                        suite.new KillNode()));
            }
            if (wanted.contains("3")) {
                int down = Integer.getInteger("faults.smtpDownSeconds", 90);
                results.add(suite.run("3", "SMTP server down " + down + " s during the burst", n,
                        suite.new SmtpDown(down)));
            }
            if (wanted.contains("4")) {
                int down = Integer.getInteger("faults.pgDownSeconds", 20);
                results.add(suite.run("4", "PostgreSQL restarted (down " + down + " s) during the burst", n,
                        suite.new PostgresRestart(down)));
            }
            if (wanted.contains("5")) {
                results.add(suite.run("5", "a plan issued and deployed on node A during the burst", n,
                        IssueWhileFiringScenario.prepare(cluster)));
            }
            if (wanted.contains("6")) {
                sessions = TasklistFailover.run(cluster);
            }
            if (wanted.contains("7")) {
                results.addAll(suite.throughput(n));
            }
        } catch (Exception e) {
            log("suite aborted: %s", e);
            e.printStackTrace();
        }
        String markdown = (results.isEmpty() && !sessions.isEmpty() ? "" : markdown(results, n, lockSeconds,
                (System.nanoTime() - t0) / 1e9)) + sessions;
        System.out.println(markdown);
        ReliabilityDoc.write(scenarios, markdown);
        System.exit(0);
    }

    /** A fault injected during the burst; {@link #done} holds the scenario open until the fault is over. */
    interface Fault {
        void tick(Tally tally, double seconds) throws Exception;

        default boolean done() {
            return true;
        }

        /** After the burst settled: what an operator does (resend in-doubt rows, restart a node). */
        default void afterwards(String planId, Result result) throws Exception {
        }
    }

    static final class NoFault implements Fault {
        @Override
        public void tick(Tally tally, double seconds) {
        }
    }

    record Result(String id, String title, Tally tally, double seconds, List<String> notes, Tally afterOperator,
                  long incidents, long failedJobs) {
    }

    Result run(String id, String title, int n, Fault fault) throws Exception {
        String planId = "FAULTS-S" + id + "-" + System.currentTimeMillis() % 100000;
        log("scenario %s: %s (%d tasks, plan %s)", id, title, n, planId);
        List<String> notes = new ArrayList<>();
        double prepared = prepare(planId, n);
        notes.add("%d tasks started over REST in %.0f s (jobs suspended), then activated at once".formatted(n,
                prepared));
        Rest rest = cluster.a.rest();
        rest.put("/engine-rest/job-definition/suspended", Map.of("processDefinitionKey", "planTask",
                "suspended", false, "includeJobs", true));
        long t0 = System.nanoTime();
        Map<String, Long> lockSamples = new TreeMap<>();
        Map<String, Long> quartzSamples = new TreeMap<>();
        Tally tally = null;
        double seconds;
        {
            while (true) {
                seconds = (System.nanoTime() - t0) / 1e9;
                // a connection per look: PostgreSQL may have been restarted since the last one (scenario 4)
                try (Connection db = cluster.db()) {
                    tally = Tally.of(db, cluster.smtpRecord, planId, n);
                    sample(db, "SELECT lock_owner_, COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL "
                            + "AND process_def_key_ IN ('planTask', 'followUp') GROUP BY lock_owner_", lockSamples);
                    sample(db, "SELECT instance_name, COUNT(*) FROM qrtz_fired_triggers GROUP BY instance_name",
                            quartzSamples);
                } catch (SQLException e) {
                    log("database: %s", e.getMessage());
                }
                if (tally != null) {
                    fault.tick(tally, seconds);
                    if (((int) seconds) % 10 == 0) {
                        log("  %3.0f s: %s", seconds, tally.line());
                    }
                    if (tally.settled() && fault.done()) {
                        break;
                    }
                }
                if (seconds > TIMEOUT_SECONDS) {
                    notes.add("**gave up after %d s**".formatted(TIMEOUT_SECONDS));
                    break;
                }
                Thread.sleep(1000);
            }
        }
        log("scenario %s settled in %.0f s: %s", id, seconds, tally.line());
        notes.add("job locks sampled once a second per job executor: " + shares(lockSamples));
        notes.add("delivery workers running, sampled once a second per Quartz instance: " + shares(quartzSamples));
        Result result = new Result(id, title, tally, seconds, notes, null,
                count(rest.get("/engine-rest/incident/count")),
                count(rest.get("/engine-rest/job/count?withException=true")));
        fault.afterwards(planId, result);
        if (fault instanceof KillNode kill && kill.resentTally != null) {
            return new Result(id, title, tally, seconds, notes, kill.resentTally, result.incidents(),
                    result.failedJobs());
        }
        return result;
    }

    /**
     * Scenario 7, the issue's two-node row: the same burst on node A alone (node B stopped), then on both nodes.
     * A node's first burst after its start runs on a cold JVM (the first one-node run of an earlier version of this
     * scenario took 81 s, the same burst on the warmed node 59 s), so each timed burst follows a warm-up burst of
     * half its size on both nodes, the second one after node B's restart. The two-node burst comes last, on the
     * larger database: if anything, the comparison favours the single node. Each burst is timed from the
     * activation of its jobs until every notification is at the SMTP server.
     */
    List<Result> throughput(int n) throws Exception {
        int warmUp = Math.max(1, n / 2);
        List<Result> results = new ArrayList<>();
        results.add(run("7w", "warm-up on both nodes (not in the ratio)", warmUp, new NoFault()));
        cluster.b.process().stop();
        serving = List.of(cluster.a);
        Result one;
        try {
            one = run("7a", "the same burst on node A alone (node B stopped)", n, new NoFault());
            results.add(one);
        } finally {
            serving = List.of(cluster.a, cluster.b);
            cluster.start(cluster.b);
        }
        results.add(run("7w", "warm-up on both nodes after node B's restart (not in the ratio)", warmUp,
                new NoFault()));
        Result two = run("7b", "the same burst on both nodes", n, new NoFault());
        results.add(two);
        two.notes().add(("**two nodes against one: %.1f against %.1f notifications/s end to end, %.2f×**; both "
                + "nodes, PostgreSQL, the SMTP server and the suite share the %d CPU cores of this machine")
                .formatted(rate(two), rate(one), rate(two) / rate(one), Runtime.getRuntime().availableProcessors()));
        return results;
    }

    private static double rate(Result result) {
        return result.tally().expected() / result.seconds();
    }

    private static long count(JsonNode n) {
        return n.path("count").asLong();
    }

    private static void sample(Connection db, String sql, Map<String, Long> into) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
    }

    private static String shares(Map<String, Long> samples) {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "none seen";
        }
        return samples.entrySet().stream().map(e -> "%s %.0f%%".formatted(shortId(e.getKey()),
                100.0 * e.getValue() / total)).collect(Collectors.joining(", "));
    }

    private static String shortId(String id) {
        return id.length() > 13 ? id.substring(0, 8) + "…" : id;
    }

    /** The plan row, N planTask instances over REST (half through each node), their assignment rows. */
    private double prepare(String planId, int n) throws Exception {
        long t0 = System.nanoTime();
        try (Connection db = cluster.db(); PreparedStatement s = db.prepareStatement("INSERT INTO cchc_plan "
                + "(id, plan_year, title, status, decision_number, created_at) VALUES (?, ?, ?, 'ISSUED', ?, ?)")) {
            s.setString(1, planId);
            s.setInt(2, due.getYear());
            s.setString(3, "Kế hoạch cải cách hành chính năm " + due.getYear() + " (bộ kiểm thử sự cố)");
            s.setString(4, planId + "/QĐ-UBND");
            s.setObject(5, LocalDateTime.now());
            s.executeUpdate();
        }
        cluster.a.rest().put("/engine-rest/job-definition/suspended", Map.of("processDefinitionKey", "planTask",
                "suspended", true, "includeJobs", true));
        SimpleDateFormat rest = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        rest.setTimeZone(TimeZone.getTimeZone(DueDates.ZONE));
        String dueDate = rest.format(DueDates.endOfDay(due));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Object[]>> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int item = i;
            Agency agency = agencies.get(i % agencies.size());
            Cluster.Node node = serving.get(i % serving.size());
            started.add(pool.submit(() -> {
                String key = planId + ":" + item + ":" + agency.id();
                Map<String, Object> vars = new LinkedHashMap<>();
                vars.put("planId", typed(planId, "String"));
                vars.put("planTitle", typed("Kế hoạch cải cách hành chính năm " + due.getYear(), "String"));
                vars.put("decisionNumber", typed(planId + "/QĐ-UBND", "String"));
                vars.put("itemNo", typed(item, "Integer"));
                vars.put("agencyId", typed(agency.id(), "String"));
                vars.put("agencyName", typed(agency.name(), "String"));
                vars.put("taskText", typed("Báo cáo công tác cải cách hành chính quý (nhiệm vụ " + item + ")",
                        "String"));
                vars.put("product", typed("Báo cáo", "String"));
                vars.put("deadlineText", typed(DueDates.format(due), "String"));
                vars.put("dueDate", typed(dueDate, "Date"));
                vars.put("dueDateText", typed(DueDates.format(due), "String"));
                vars.put("planYear", typed(due.getYear(), "Integer"));
                vars.put("checkpoints", typed(false, "Boolean"));
                JsonNode instance = node.rest().post("/engine-rest/process-definition/key/planTask/start",
                        Map.of("businessKey", key, "variables", vars));
                return new Object[] {key, item, agency.id(), due, instance.path("id").asText()};
            }));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Future<Object[]> f : started) {
            rows.add(f.get());
        }
        pool.shutdown();
        try (Connection db = cluster.db(); PreparedStatement s = db.prepareStatement("INSERT INTO cchc_assignment "
                + "(id, plan_id, item_no, agency_id, due_date, status, process_instance_id) "
                + "VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?)")) {
            for (Object[] r : rows) {
                s.setString(1, (String) r[0]);
                s.setString(2, planId);
                s.setInt(3, (Integer) r[1]);
                s.setString(4, (String) r[2]);
                s.setObject(5, r[3]);
                s.setString(6, (String) r[4]);
                s.addBatch();
            }
            s.executeBatch();
        }
        long suspended = count(cluster.a.rest().get(
                "/engine-rest/job/count?processDefinitionKey=planTask&suspended=true"));
        log("  %d planTask instances started, %d suspended jobs waiting", n, suspended);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    /**
     * Scenario 2: node B is killed with SIGKILL when half the notifications are written. The jobs it had locked
     * stay locked until their lock expires ({@code faults.lockSeconds}); the outbox rows it had claimed stay
     * SENDING until their lease expires, then turn FAILED "in doubt" (resend-in-doubt: false). Afterwards the
     * operator resends the in-doubt rows the SMTP server's log does not show, and node B is started again.
     */
    final class KillNode implements Fault {
        private boolean killed;
        private long killedAt;
        private Map<String, String> lockedAtKill = Map.of();
        private Set<String> orphans;
        private double takenOverAfter = -1;
        private double quartzRecoveredAfter = -1;
        private long sendingAtKill;
        private long quartzAtKill;
        Tally resentTally;

        @Override
        public void tick(Tally tally, double seconds) throws Exception {
            try (Connection db = cluster.db()) {
                if (!killed && tally.written() >= tally.expected() / 2) {
                    lockedAtKill = locks(db);
                    sendingAtKill = tally.sending();
                    quartzAtKill = quartz(db);
                    cluster.b.process().kill();
                    killed = true;
                    killedAt = System.nanoTime();
                    log("  node B killed at %.0f s: %s; %d planTask and followUp jobs locked, %d Quartz triggers "
                            + "of node B firing", seconds, tally.line(), lockedAtKill.size(), quartzAtKill);
                    return;
                }
                if (!killed) {
                    return;
                }
                double since = (System.nanoTime() - killedAt) / 1e9;
                Map<String, String> now = locks(db);
                if (orphans == null && since >= 10) {
                    // a job the living node had locked is done within seconds; still locked by the same owner
                    // 10 s after the kill, it is held by the dead node
                    orphans = new HashSet<>();
                    lockedAtKill.forEach((job, owner) -> {
                        if (owner.equals(now.get(job))) {
                            orphans.add(job);
                        }
                    });
                    log("  %d jobs held by the dead node", orphans.size());
                }
                if (orphans != null && takenOverAfter < 0) {
                    Map<String, String> current = now;
                    boolean held = orphans.stream().anyMatch(j -> current.containsKey(j)
                            && current.get(j).equals(lockedAtKill.get(j)));
                    if (!held) {
                        takenOverAfter = since;
                        log("  the dead node's jobs taken over %.0f s after the kill", since);
                    }
                }
                if (quartzRecoveredAfter < 0 && quartz(db) == 0) {
                    quartzRecoveredAfter = since;
                }
            }
        }

        @Override
        public boolean done() {
            return killed && takenOverAfter >= 0;
        }

        private Map<String, String> locks(Connection db) throws SQLException {
            Map<String, String> locks = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id_, lock_owner_ "
                    + "FROM act_ru_job WHERE lock_owner_ IS NOT NULL "
                    + "AND process_def_key_ IN ('planTask', 'followUp')")) {
                while (rs.next()) {
                    locks.put(rs.getString(1), rs.getString(2));
                }
            }
            return locks;
        }

        private long quartz(Connection db) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE instance_name = 'node-b'")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void afterwards(String planId, Result result) throws Exception {
            result.notes().add(("node B killed when %d of %d notifications were written; at that moment %d "
                    + "planTask and followUp jobs were locked (%d of them by node B, taken over %.0f s after the kill, "
                    + "lock time "
                    + "%d s), %d outbox rows were SENDING, %d delivery triggers were firing on node B (recovered by "
                    + "node A's Quartz after %.0f s)").formatted(result.tally().expected() / 2,
                    result.tally().expected(), lockedAtKill.size(), orphans == null ? 0 : orphans.size(),
                    takenOverAfter, cluster.lockSeconds(), sendingAtKill, quartzAtKill, quartzRecoveredAfter));
            Tally tally = result.tally();
            if (tally.inDoubt() > 0) {
                operatorResends(planId, result);
            }
            long t0 = System.nanoTime();
            cluster.start(cluster.b);
            result.notes().add("node B started again in %.0f s".formatted((System.nanoTime() - t0) / 1e9));
        }

        /**
         * What the operator does with the in-doubt rows (docs/reliability.md): looks each up in the SMTP server's
         * log by its key (here the suite's record of what the server accepted), resends on the notifications page
         * only those the server never received, and leaves the others FAILED with their note.
         */
        private void operatorResends(String planId, Result result) throws Exception {
            Rest rest = cluster.a.rest();
            String page = rest.page("/notifications?status=FAILED&plan=" + planId);
            long shown = page.split("/resend\"", -1).length - 1;
            Set<String> received = new HashSet<>(Tally.received(cluster.smtpRecord, "planTask:" + planId + ":"));
            List<Long> toResend = new ArrayList<>();
            try (Connection db = cluster.db(); PreparedStatement s = db.prepareStatement("SELECT id, "
                    + "idempotency_key FROM cchc_notification WHERE idempotency_key LIKE ? AND status = 'FAILED' "
                    + "AND last_error LIKE ?")) {
                s.setString(1, "planTask:" + planId + ":%");
                s.setString(2, Tally.IN_DOUBT_PREFIX + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!received.contains(rs.getString(2))) {
                            toResend.add(rs.getLong(1));
                        }
                    }
                }
            }
            for (long id : toResend) {
                int status = rest.submit("/notifications?status=FAILED&plan=" + planId,
                        "/notifications/" + id + "/resend");
                if (status != 302 && status != 200) {
                    throw new IllegalStateException("resend of " + id + ": HTTP " + status);
                }
            }
            log("  operator: %d FAILED rows on the notifications page, %d in doubt, %d not in the SMTP log "
                    + "resent", shown, result.tally().inDoubt(), toResend.size());
            Tally after;
            long deadline = System.nanoTime() + 600_000_000_000L;
            try (Connection db = cluster.db()) {
                do {
                    Thread.sleep(1000);
                    after = Tally.of(db, cluster.smtpRecord, planId, result.tally().expected());
                } while (after.pending() + after.sending() > 0 && System.nanoTime() < deadline);
            }
            resentTally = after;
            result.notes().add(("operator: the notifications page (status FAILED, this plan) listed %d rows with "
                    + "a resend button, %d of them in doubt; %d of those were in the SMTP server's log (left "
                    + "as they are), %d were not and were resent").formatted(shown, result.tally().inDoubt(),
                    result.tally().inDoubtReceived(), toResend.size()));
        }
    }

    /**
     * Scenario 3: the SMTP server is stopped when a tenth of the notifications are written and started again after
     * {@code downSeconds}. Sending fails fast (connection refused); the rows go back to PENDING with the back-off
     * of config/notify.yml (1 min, 2 min, ...), and are delivered once the server is back.
     */
    final class SmtpDown implements Fault {
        private final int downSeconds;
        private boolean stopped;
        private boolean restarted;
        private long stoppedAt;
        private double restartedAt;
        private final Set<String> health = new java.util.TreeSet<>();

        SmtpDown(int downSeconds) {
            this.downSeconds = downSeconds;
        }

        @Override
        public void tick(Tally tally, double seconds) throws Exception {
            // as soon as the burst has begun to write: on a quiet machine the delivery sends a whole burst of a
            // few hundred within seconds, and a later trigger would find nothing left to send
            if (!stopped && tally.written() >= tally.expected() / 10) {
                cluster.stopSmtp();
                stopped = true;
                stoppedAt = System.nanoTime();
                log("  SMTP stopped at %.0f s: %s", seconds, tally.line());
                return;
            }
            if (stopped && !restarted) {
                health.add("node A " + cluster.a.rest().status("/actuator/health"));
                health.add("node B " + cluster.b.rest().status("/actuator/health"));
                health.add("node A readiness " + cluster.a.rest().status("/actuator/health/readiness"));
                health.add("node B readiness " + cluster.b.rest().status("/actuator/health/readiness"));
                if ((System.nanoTime() - stoppedAt) / 1e9 >= downSeconds) {
                    cluster.startSmtp();
                    restarted = true;
                    restartedAt = seconds;
                    log("  SMTP started again at %.0f s: %s", seconds, tally.line());
                }
            }
        }

        @Override
        public boolean done() {
            return restarted;
        }

        @Override
        public void afterwards(String planId, Result result) throws Exception {
            long maxAttempts;
            try (Connection db = cluster.db(); PreparedStatement s = db.prepareStatement(
                    "SELECT COALESCE(MAX(attempts), 0) FROM cchc_notification WHERE idempotency_key LIKE ?")) {
                s.setString(1, "planTask:" + planId + ":%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    maxAttempts = rs.getLong(1);
                }
            }
            result.notes().add(("SMTP down for %d s; the last notification was delivered %.0f s after it was back; "
                    + "most attempts of one notification: %d; /actuator/health while it was down: %s")
                    .formatted(downSeconds, result.seconds() - restartedAt, maxAttempts, health));
        }
    }

    /**
     * Scenario 4: PostgreSQL is stopped (fast shutdown: open connections are cut) when half the notifications are
     * written and started again on the same data directory after {@code downSeconds}. Both nodes must reconnect
     * (Hikari opens new connections), the job executors and Quartz carry on, nothing is lost.
     */
    final class PostgresRestart implements Fault {
        private final int downSeconds;
        private boolean stopped;
        private boolean restarted;
        private long stoppedAt;
        private double restartedAt;
        private final Set<String> answers = new java.util.TreeSet<>();

        PostgresRestart(int downSeconds) {
            this.downSeconds = downSeconds;
        }

        @Override
        public void tick(Tally tally, double seconds) throws Exception {
            if (!stopped && tally.written() >= tally.expected() / 2) {
                log("  stopping PostgreSQL at %.0f s: %s", seconds, tally.line());
                cluster.stopPostgres();
                stopped = true;
                stoppedAt = System.nanoTime();
                return;
            }
            if (stopped && !restarted && (System.nanoTime() - stoppedAt) / 1e9 >= downSeconds) {
                answers.add("node A " + cluster.a.rest().status("/engine-rest/engine"));
                answers.add("node B " + cluster.b.rest().status("/engine-rest/engine"));
                cluster.startPostgres();
                restarted = true;
                restartedAt = seconds;
                log("  PostgreSQL started again at %.0f s", seconds);
            }
        }

        @Override
        public boolean done() {
            return restarted;
        }

        @Override
        public void afterwards(String planId, Result result) throws Exception {
            result.notes().add(("PostgreSQL stopped for %d s when half the notifications were written; the burst "
                    + "settled %.0f s after it was back; both nodes alive afterwards: %s (engine REST while the "
                    + "database was down: %s)").formatted(downSeconds, result.seconds() - restartedAt,
                    cluster.a.process().alive() && cluster.b.process().alive(), answers));
        }
    }

    static String markdown(List<Result> results, int n, int lockSeconds, double total) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("Run of %s on %d CPU cores visible (load average %s at the end), %d tasks per burst, job lock "
                .formatted(LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0], n))
                .append("and outbox lease %d s, whole run %.0f s.\n\n".formatted(lockSeconds, total));
        md.append("| scenario | expected | written | sent | received by SMTP | duplicated | lost | in doubt "
                + "(received / not) | settled in | incidents | jobs with exception |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Tally t = r.tally();
            md.append("| %s. %s | %d | %d | %d | %d | %d | %d | %d (%d / %d) | %.0f s | %d | %d |\n".formatted(
                    r.id(), r.title(), t.expected(), t.written(), t.sent(), t.received(), t.duplicated(), t.lost(),
                    t.inDoubt(), t.inDoubtReceived(), t.inDoubt() - t.inDoubtReceived(), r.seconds(), r.incidents(),
                    r.failedJobs()));
            if (r.afterOperator() != null) {
                Tally a = r.afterOperator();
                md.append("| %s. after the operator resent the in-doubt rows missing from the SMTP log | %d | %d | "
                        .formatted(r.id(), a.expected(), a.written()))
                        .append("%d | %d | %d | %d | %d (%d / %d) | | | |\n".formatted(a.sent(), a.received(),
                                a.duplicated(), a.lost(), a.inDoubt(), a.inDoubtReceived(),
                                a.inDoubt() - a.inDoubtReceived()));
            }
        }
        md.append('\n');
        for (Result r : results) {
            md.append("Scenario ").append(r.id()).append(":\n");
            for (String note : r.notes()) {
                md.append("- ").append(note).append('\n');
            }
            md.append('\n');
        }
        if (results.isEmpty()) {
            md.append("(no scenario completed: see the suite's output)\n");
        }
        return md.toString();
    }
}
