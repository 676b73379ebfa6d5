package vn.cchc.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;

/**
 * Scenario 5: while the quarter-end burst fires on both nodes' job executors, the officials take a plan through its
 * whole lifecycle on node A over the engine's REST API, each as themselves (the Tasklist calls the same resources):
 * the SNV specialist starts it, uploads its items ({@code faults.planItems}, three lead agencies each, through the
 * import's JSON API) and completes the draft, the SNV
 * director approves the draft, three agencies comment, the specialist submits, Văn phòng UBND appraises, the
 * chairman approves, the specialist records the decision ("issue"). That completion ends at the asynchronous
 * deployment ({@code deployPlanTasks}, one job per item), which the job executors then run during the burst: one
 * {@code planTask} per item and lead agency, and one new-task mail per agency.
 * <p>
 * Counted: the users' requests that did not answer 2xx (and those whose answer names an
 * {@code OptimisticLockingException}), the optimistic-locking lines of both nodes' logs written during the scenario
 * (split by thread: a job executor's, retried silently, or a request's, which reached a user), the assignments
 * expected and started, and the new-task mails as the burst's notifications are counted. The suite adds incidents
 * and jobs with an exception at the end.
 */
final class IssueWhileFiringScenario implements ClusterFaultSuite.Fault {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Demo-like accounts the operator creates in Admin (production has no demo users). */
    private static final String PASSWORD = "Faults#User-2026";
    private static final int LEADS_PER_ITEM = 3;

    private final Cluster cluster;
    private final int itemCount;
    private final List<Agency> agencies;
    private final List<String> commenters;
    private final String planId = "KH-FAULTS-S5-" + System.currentTimeMillis() % 100000;
    private final String decisionNumber = planId.substring(3) + "/QĐ-UBND";
    private final int planYear;
    private final Map<String, Long> logOffsets = new LinkedHashMap<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> deploymentLockOwners = new LinkedHashSet<>();
    private final Set<String> deploymentJobs = new LinkedHashSet<>();
    private final List<String> acquisitions = new ArrayList<>();
    private volatile Thread officials;
    private volatile String failure;
    private volatile String instanceId;
    private volatile long issuedAt;
    private volatile double deployedAfter = -1;
    private volatile double issueClickedAt = -1;
    private double burstSettledAt = -1;
    private long assignments;
    private long planTaskInstances;
    private Tally notices;

    /** One request of a user: who, which step, the answer. */
    record Call(String user, String step, int status, long millis, String error) {
        boolean optimisticLock() {
            return error != null && error.contains("OptimisticLocking");
        }
    }

    private IssueWhileFiringScenario(Cluster cluster, int itemCount) {
        this.cluster = cluster;
        this.itemCount = itemCount;
        this.agencies = AgencyDirectory.load(Path.of("config/agencies/vinh-long-2025.yml")).all().stream()
                .filter(a -> a.email() != null && !a.email().isBlank()).toList();
        this.commenters = agencies.stream().map(Agency::id).filter(id -> !id.equals("so-noi-vu")).limit(3).toList();
        this.planYear = LocalDate.now(DueDates.ZONE).getYear() + 1;
    }

    /** The officials' accounts, as the administrator creates them in Admin before the burst begins. */
    static IssueWhileFiringScenario prepare(Cluster cluster) throws Exception {
        IssueWhileFiringScenario s = new IssueWhileFiringScenario(cluster, Integer.getInteger("faults.planItems",
                100));
        s.user("chuyenvien.snv", "snv-specialist", "so-noi-vu");
        s.user("giamdoc.snv", "snv-director", "so-noi-vu");
        s.user("thamdinh.vp", "appraiser", "van-phong-ubnd");
        s.user("chutich.ubnd", "ubnd-leader", "ubnd-tinh");
        for (String agency : s.commenters) {
            s.user("cv." + agency, "agency-official", agency);
        }
        for (Cluster.Node node : List.of(cluster.a, cluster.b)) {
            s.logOffsets.put(node.name(), Files.size(s.log(node)));
        }
        return s;
    }

    private void user(String id, String... groups) throws Exception {
        Rest admin = cluster.a.rest();
        if (admin.exchange("GET", "/engine-rest/user/" + id + "/profile", null).status() == 200) {
            return;
        }
        Map<String, Object> profile = Map.of("id", id, "firstName", id, "lastName", "(bộ kiểm thử sự cố)");
        Rest.Reply created = admin.exchange("POST", "/engine-rest/user/create",
                Map.of("profile", profile, "credentials", Map.of("password", PASSWORD)));
        if (!created.ok()) {
            throw new IllegalStateException("user " + id + ": HTTP " + created.status() + " " + created.body());
        }
        for (String group : groups) {
            Rest.Reply member = admin.exchange("PUT", "/engine-rest/group/" + group + "/members/" + id, null);
            if (!member.ok()) {
                throw new IllegalStateException(id + " into " + group + ": HTTP " + member.status());
            }
        }
    }

    int expectedAssignments() {
        return itemCount * LEADS_PER_ITEM;
    }

    @Override
    public void tick(Tally tally, double seconds) throws Exception {
        if (officials == null) {
            // the burst's jobs were activated just before the first tick: the officials begin now, on node A
            officials = new Thread(this::lifecycle, "officials");
            officials.start();
        }
        if (burstSettledAt < 0 && tally.settled()) {
            burstSettledAt = seconds;
        }
        try (Connection db = cluster.db()) {
            if (instanceId != null) {
                try (PreparedStatement s = db.prepareStatement("SELECT j.id_, j.lock_owner_, j.lock_exp_time_ "
                        + "FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ WHERE "
                        + "j.process_instance_id_ = ? AND d.act_id_ = 'deployPlanTasks' "
                        + "AND j.lock_owner_ IS NOT NULL")) {
                    s.setString(1, instanceId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            deploymentJobs.add(rs.getString(1));
                            String owner = rs.getString(2);
                            // one acquisition = one owner and lock expiry; a take-over after the lock expired is
                            // a new one
                            if (deploymentLockOwners.add(rs.getString(1) + "@" + owner + "@" + rs.getTimestamp(3))) {
                                acquisitions.add(owner.substring(0, Math.min(8, owner.length())) + "…");
                            }
                        }
                    }
                }
            }
            assignments = count(db, "SELECT COUNT(*) FROM cchc_assignment WHERE plan_id = ?", planId);
            planTaskInstances = count(db, "SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ AND "
                    + "proc_def_id_ LIKE 'planTask:%' AND business_key_ LIKE ?", decisionNumber + ":%");
            notices = Tally.ofKeys(db, cluster.smtpRecord, "work:newTasks:" + planId + ":", agencies());
            if (deployedAfter < 0 && issuedAt > 0 && planTaskInstances >= expectedAssignments()
                    && assignments >= expectedAssignments()) {
                deployedAfter = (System.nanoTime() - issuedAt) / 1e9;
                ClusterFaultSuite.log("  plan %s deployed %.0f s after the issue click: %d planTask instances, "
                        + "burst %s", planId, deployedAfter, planTaskInstances, tally.line());
            }
        }
    }

    @Override
    public boolean done() {
        boolean flowOver = officials != null && !officials.isAlive();
        boolean deployed = deployedAfter >= 0 && notices != null && notices.settled();
        // a failed flow cannot deploy: the suite then stops waiting for the deployment
        return flowOver && (deployed || failure != null);
    }

    private int agencies() {
        Set<String> leads = new LinkedHashSet<>();
        for (int i = 0; i < itemCount; i++) {
            leads.addAll(leadsOf(i));
        }
        return leads.size();
    }

    private List<String> leadsOf(int item) {
        List<String> leads = new ArrayList<>();
        for (int k = 0; k < LEADS_PER_ITEM; k++) {
            leads.add(agencies.get((item * LEADS_PER_ITEM + k) % agencies.size()).id());
        }
        return leads;
    }

    /** The officials' part, step by step, each request as its user, all on node A. */
    private void lifecycle() {
        try {
            Rest specialist = as("chuyenvien.snv");
            JsonNode started = call(specialist, "chuyenvien.snv", "start", "POST",
                    "/engine-rest/process-definition/key/planLifecycle/submit-form", Map.of("businessKey", planId,
                            "variables", vars("planYear", planYear, "Integer", "planTitle", title(), "String")));
            instanceId = started.path("id").asText();
            // a plan of this size is not typed into the form: its items are uploaded (the import's JSON API),
            // then the draft is completed with the items field left blank ("keep the imported items")
            call(specialist, "chuyenvien.snv", "import items", "POST", "/api/plans/" + planId + "/items",
                    JSON.readTree(itemsJson()));
            complete(specialist, "chuyenvien.snv", "draftPlan", vars("planYear", planYear, "Integer",
                    "planTitle", title(), "String", "itemsJson", "", "String",
                    "commentAgencies", commenters.stream().map(this::name).collect(Collectors.joining("; ")), "String",
                    "commentDeadline", LocalDate.now(DueDates.ZONE).plusDays(10).toString(), "String"));
            complete(as("giamdoc.snv"), "giamdoc.snv", "reviewDraft", vars("approved", true, "Boolean"));
            for (String agency : commenters) {
                complete(as("cv." + agency), "cv." + agency, "collectComments", vars("agencyComment",
                        "Thống nhất với dự thảo (" + agency + ").", "String"));
            }
            complete(specialist, "chuyenvien.snv", "submitProposal", vars("submissionNumber", "S5/TTr-SNV",
                    "String", "submissionDate", LocalDate.now(DueDates.ZONE).toString(), "String",
                    "needsLegalAppraisal", false, "Boolean"));
            complete(as("thamdinh.vp"), "thamdinh.vp", "appraiseSubmission", vars("approved", true, "Boolean"));
            complete(as("chutich.ubnd"), "chutich.ubnd", "approvePlan", vars("approved", true, "Boolean"));
            issuedAt = System.nanoTime();
            complete(specialist, "chuyenvien.snv", "issuePlan", vars("decisionNumber", decisionNumber, "String",
                    "decisionDate", LocalDate.now(DueDates.ZONE).toString(), "String",
                    "signer", "Chủ tịch UBND tỉnh (bộ kiểm thử sự cố)", "String"));
            ClusterFaultSuite.log("  officials done: plan %s issued (%d requests, %d not 2xx)", planId,
                    calls.size(), calls.stream().filter(c -> c.status() / 100 != 2).count());
        } catch (Exception e) {
            failure = e.toString();
            ClusterFaultSuite.log("  officials stopped: %s", e);
        }
    }

    private Rest as(String user) {
        return new Rest(cluster.a.port(), user, PASSWORD);
    }

    /** Completes the plan's open task {@code step} as the user would on its form (Tasklist: submit-form). */
    private void complete(Rest rest, String user, String step, Map<String, Object> variables) throws Exception {
        // a user's query pages (queryMaxResultsLimit)
        String page = "/engine-rest/task?firstResult=0&maxResults=50";
        JsonNode tasks = call(rest, user, step + " (task list)", "GET", page + "&processInstanceId=" + instanceId
                + "&taskDefinitionKey=" + step, null);
        // the comment stage's tasks run in child executions of the plan's instance: found by the plan's instance
        if (tasks.size() != 1) {
            tasks = call(rest, user, step + " (task list)", "GET", page + "&processInstanceBusinessKey="
                    + URLEncoder.encode(planId, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + step, null);
        }
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " task(s) " + step + " of " + planId);
        }
        call(rest, user, step, "POST", "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/submit-form",
                Map.of("variables", variables));
        if (step.equals("issuePlan")) {
            issueClickedAt = (System.nanoTime() - issuedAt) / 1e9;
        }
    }

    private JsonNode call(Rest rest, String user, String step, String method, String path, Object body)
            throws Exception {
        long t0 = System.nanoTime();
        Rest.Reply reply = rest.exchange(method, path, body);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        calls.add(new Call(user, step, reply.status(), millis, reply.ok() ? null : reply.body()));
        if (!reply.ok()) {
            ClusterFaultSuite.log("  %s, %s: HTTP %d %s", user, step, reply.status(), reply.body());
            throw new IllegalStateException(user + ", " + step + ": HTTP " + reply.status());
        }
        return reply.json();
    }

    private static Map<String, Object> vars(Object... nameValueType) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < nameValueType.length; i += 3) {
            vars.put((String) nameValueType[i], Map.of("value", nameValueType[i + 1], "type", nameValueType[i + 2]));
        }
        return vars;
    }

    private String name(String agencyId) {
        return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst().orElseThrow().name();
    }

    private String title() {
        return "Kế hoạch cải cách hành chính năm " + planYear + " (bộ kiểm thử sự cố)";
    }

    /** The items as the import page writes them: lead agencies by name, a fixed date in the plan's year. */
    private String itemsJson() throws IOException {
        String[] dues = {"-03-31", "-06-30", "-09-30", "-12-15"};
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("section", "I. NHIỆM VỤ " + (i / 25 + 1));
            item.put("task", "Nhiệm vụ cải cách hành chính số " + (i + 1)
                    + " của kế hoạch kiểm thử sự cố");
            item.put("lead", leadsOf(i).stream().map(this::name).toList());
            item.put("product", "Báo cáo");
            item.put("due", planYear + dues[i % dues.length]);
            items.add(item);
        }
        return JSON.writeValueAsString(items);
    }

    private static long count(Connection db, String sql, String arg) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Path log(Cluster.Node node) {
        return cluster.work.resolve(node.name() + ".log");
    }

    /** The optimistic-locking lines a node logged since the scenario began, by kind of thread. */
    private Map<String, Long> optimisticLocks(Cluster.Node node) throws IOException {
        Map<String, Long> byThread = new TreeMap<>();
        try (RandomAccessFile file = new RandomAccessFile(log(node).toFile(), "r")) {
            file.seek(logOffsets.getOrDefault(node.name(), 0L));
            byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                if (!line.contains("OptimisticLocking")) {
                    continue;
                }
                if (deploymentJobs.stream().anyMatch(line::contains)) {
                    byThread.merge("job executor, the deployment job", 1L, Long::sum);
                    continue;
                }
                // Spring Boot's pattern: "... --- [app] [thread] logger : message"; a stack trace line has none
                String kind = line.contains("TaskExecutor-") ? "job executor" : line.contains("http-nio")
                        ? "HTTP request" : line.startsWith("\t") || line.startsWith("Caused") ? "stack trace"
                        : "other thread";
                byThread.merge(kind, 1L, Long::sum);
            }
        }
        return byThread;
    }

    @Override
    public void afterwards(String burstPlanId, ClusterFaultSuite.Result result) throws Exception {
        List<String> notes = result.notes();
        long failed = calls.stream().filter(c -> c.status() / 100 != 2).count();
        long locked = calls.stream().filter(Call::optimisticLock).count();
        long slowest = calls.stream().mapToLong(Call::millis).max().orElse(0);
        notes.add(("the officials' requests on node A during the burst (start, import of %d items, draft, director, %d "
                + "comments, submission, appraisal, chairman, issue, each with its task-list query): %d, %d not "
                + "2xx, %d naming an OptimisticLockingException; slowest %d ms; the issue click answered in %.1f s")
                .formatted(itemCount, commenters.size(), calls.size(), failed, locked, slowest, issueClickedAt));
        calls.stream().filter(c -> c.status() / 100 != 2).limit(5).forEach(c -> notes.add(
                "failed request: %s, %s: HTTP %d %s".formatted(c.user(), c.step(), c.status(),
                        c.error() == null ? "" : c.error().substring(0, Math.min(300, c.error().length())))));
        if (failure != null) {
            notes.add("**the officials could not finish**: " + failure);
        }
        notes.add(("assignments expected %d (%d items × %d lead agencies), planTask instances started %d, "
                + "assignment rows %d; deployed %s after the issue click; the burst settled %s after it began; "
                + "the deployment's jobs (one per group of items, at most 8) were acquired %d "
                + "time(s) for %d job(s) seen locked (by job executor: %s)")
                .formatted(expectedAssignments(), itemCount,
                LEADS_PER_ITEM, planTaskInstances, assignments, deployedAfter < 0 ? "**never**"
                        : "%.0f s".formatted(deployedAfter), burstSettledAt < 0 ? "(not seen)"
                        : "%.0f s".formatted(burstSettledAt), acquisitions.size(), deploymentJobs.size(),
                acquisitions.stream().collect(java.util.stream.Collectors.groupingBy(a -> a,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))));
        if (notices != null) {
            notes.add(("the deployment's new-task mails (one per lead agency): expected %d, written %d, sent %d, "
                    + "received by SMTP %d, duplicated %d, lost %d, in doubt %d").formatted(notices.expected(),
                    notices.written(), notices.sent(), notices.received(), notices.duplicated(), notices.lost(),
                    notices.inDoubt()));
        }
        for (Cluster.Node node : List.of(cluster.a, cluster.b)) {
            Map<String, Long> locks = optimisticLocks(node);
            notes.add("OptimisticLockingException lines in %s's log during the scenario: %s".formatted(
                    node.name(), locks.isEmpty() ? "none" : locks.toString()));
        }
        ClusterFaultSuite.log("  scenario 5: %s", String.join(" | ", notes));
    }
}
