package vn.cchc.system.identity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.cchc.importer.bench.BenchmarkDatabase;

/**
 * Benchmark, not a test (its name keeps it out of the default run): the Tasklist's queries for an agency official
 * with authorization checks on, at {@value #TOTAL} open {@code planTask} tasks over {@value #AGENCIES} agency
 * groups on PostgreSQL with durable commits. One {@code planTask} per agency is started through the engine (its
 * executions, task, candidate-group link, grants and variables exactly as the application makes them); the rest are
 * copies of those rows made in SQL (new ids, due dates spread from a year overdue to a year ahead), then
 * {@code ANALYZE}. For agencies of ~150 to ~20,000 tasks it times, as the agency's official through
 * {@link FilterService}: the count of "Việc của đơn vị", "Quá hạn" and "Sắp đến hạn", the first page (50 tasks by
 * due date, the Tasklist's own sorting added) and the card variables of that page (the query the REST API's HAL
 * list makes); each against the plain task (or variable) query with the same criteria and no authentication, in
 * the same run, interleaved. Reports p50/p95 and the ratio of the p95s; for the filters, also the same filter
 * request as the same official with the engine's authorization checks off, which tells the filter machinery's
 * share from the checks' share. Run:
 * {@code mvn -q test -Dtest=TasklistBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dtasklist.total=20000} for a smaller run; {@code -Dbench.pg.<setting>=<value>} passes PostgreSQL
 * settings, e.g. auto_explain; {@code -Dtasklist.isolation=tenant} measures agencies kept apart by tenants instead,
 * see {@link #TENANTS}; {@code -Dtasklist.isolation=definition} by a process definition per agency, see
 * {@link #DEFINITIONS}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "camunda.bpm.job-execution.enabled=false", "cchc.mail.embedded.enabled=false",
        "management.health.mail.enabled=false", "cchc.demo.enabled=false", "cchc.demo.sample-plans=false",
        "logging.level.root=WARN", "logging.level.org.camunda=WARN"})
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class TasklistBenchmark {

    private static final int TOTAL = Integer.getInteger("tasklist.total", 100_000);
    private static final int AGENCIES = 120;
    private static final int SAMPLES = Integer.getInteger("tasklist.samples", 20);
    private static final long BUDGET_NANOS = 20_000_000_000L;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * {@code -Dtasklist.isolation=tenant}: a candidate design measured, not the application's: each agency's tasks,
     * executions and variables carry the agency as their tenant, the per-task and per-instance grants are gone,
     * and each agency group has one grant on the {@code planTask} definition (READ_TASK, READ_INSTANCE); the
     * official is authenticated with the agency as their tenant, so the engine's tenant check keeps agencies apart.
     */
    private static final boolean TENANTS = "tenant".equals(System.getProperty("tasklist.isolation"));
    /**
     * {@code -Dtasklist.isolation=definition}: another candidate design measured, not the application's: each
     * agency's tasks and executions belong to a process definition of its own ({@code planTask}'s model deployed
     * under the key {@code planTask-<agency>}), the per-task and per-instance grants are gone, and each agency
     * group has one grant on its own definition (READ_TASK, READ_INSTANCE); no tenants. The engine's grant check
     * then finds the agency's grant through the definition key the task query already joins.
     */
    private static final boolean DEFINITIONS = "definition".equals(System.getProperty("tasklist.isolation"));
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 18);
    private static final String[] CARD_VARIABLES = {"planTitle", "taskText", "agencyName", "deadlineText",
            "statusText", "returnedBy"};
    /** Columns holding ids of the copied instance's own rows: suffixed in each copy. */
    private static final List<String> OWN_IDS = List.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
            "task_id_", "root_proc_inst_id_", "super_exec_", "var_scope_", "resource_id_", "act_inst_id_",
            "business_key_");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @AfterEach
    void reset() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void tasklistQueriesAgainstThePlainTaskQuery() {
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).atZone(VN).toInstant()));
        // agency groups are plain group ids to the engine: generated ones, as many as a province has
        List<String> agencies = java.util.stream.IntStream.rangeClosed(1, AGENCIES)
                .mapToObj(i -> String.format("co-quan-thu-nghiem-%03d", i)).toList();
        int[] sizes = sizes(agencies.size());
        long start = System.nanoTime();
        seed(agencies, sizes);
        if (TENANTS) {
            isolateByTenant(agencies);
        }
        if (DEFINITIONS) {
            isolateByDefinition(agencies);
        }
        // as autovacuum leaves them in production: statistics and the visibility map (index-only scans)
        jdbc.execute("VACUUM ANALYZE");
        report(String.format("PostgreSQL fsync=%s, synchronous_commit=%s; cores=%d; %d open tasks over %d agency "
                        + "groups; %d authorizations, %d identity links, %d variables; seeded in %.1f s; application's "
                        + "connections: random_page_cost=%s, parallel_setup_cost=%s, "
                        + "max_parallel_workers_per_gather=%s",
                BenchmarkDatabase.setting("fsync"),
                BenchmarkDatabase.setting("synchronous_commit"),
                Runtime.getRuntime().availableProcessors(), count("ACT_RU_TASK"), agencies.size(),
                count("ACT_RU_AUTHORIZATION"), count("ACT_RU_IDENTITYLINK"), count("ACT_RU_VARIABLE"),
                (System.nanoTime() - start) / 1e9, jdbc.queryForObject("SHOW random_page_cost", String.class),
                jdbc.queryForObject("SHOW parallel_setup_cost", String.class),
                jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class)));

        pause();
        Map<String, String> filters = new HashMap<>();
        filterService.createFilterQuery().list().forEach(f -> filters.put(f.getName(), f.getId()));
        Date now = ClockUtil.getCurrentTime();
        Date dueSoonLimit = Date.from(TODAY.plusDays(21).atTime(23, 59, 59).atZone(VN).toInstant());
        for (int index : measuredAgencies(sizes)) {
            String agency = agencies.get(index);
            List<String> groups = List.of(agency, "agency-official");
            List<String> tenants = TENANTS ? List.of(agency) : null;
            String user = "bench." + agency;
            Map<String, Supplier<Object>> app = new LinkedHashMap<>();
            Map<String, Supplier<Object>> plain = new LinkedHashMap<>();
            Map<String, Supplier<Object>> unchecked = new LinkedHashMap<>();
            for (String filter : List.of("Việc của đơn vị", "Quá hạn", "Sắp đến hạn")) {
                Supplier<Object> count = () -> filterService.count(filters.get(filter));
                app.put("count " + filter, () -> as(user, groups, tenants, count));
                unchecked.put("count " + filter, () -> as(user, groups, tenants, () -> withoutChecks(count)));
            }
            plain.put("count Việc của đơn vị", () -> plain(agency).count());
            plain.put("count Quá hạn", () -> plain(agency).dueBefore(now).count());
            plain.put("count Sắp đến hạn", () -> plain(agency).dueAfter(now).dueBefore(dueSoonLimit).count());
            Supplier<Object> firstPage = () -> filterService.listPage(filters.get("Việc của đơn vị"),
                    taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 50);
            app.put("first page (50)", () -> as(user, groups, tenants, firstPage));
            unchecked.put("first page (50)", () -> as(user, groups, tenants, () -> withoutChecks(firstPage)));
            plain.put("first page (50)", () -> plain(agency).orderByDueDate().asc().orderByTaskCreateTime().desc()
                    .listPage(0, 50));
            List<Task> page = plain(agency).orderByDueDate().asc().listPage(0, 50);
            app.put("card variables", () -> as(user, groups, tenants, () -> cardVariables(page)));
            plain.put("card variables", () -> cardVariables(page));
            for (String measure : app.keySet()) {
                compare(agency, sizes[index], measure, app.get(measure), plain.get(measure),
                        unchecked.get(measure));
            }
        }
    }

    /** {@code -Dtasklist.pause=<file>}: keeps the seeded database up while that file exists (to EXPLAIN by hand). */
    private void pause() {
        String file = System.getProperty("tasklist.pause");
        if (file == null) {
            return;
        }
        report("paused while " + file + " exists; database " + BenchmarkDatabase.setting("port"));
        while (java.nio.file.Files.exists(java.nio.file.Path.of(file))) {
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000_000L);
        }
    }

    private TaskQuery plain(String agency) {
        return taskService.createTaskQuery().taskCandidateGroupIn(List.of(agency, "agency-official"))
                .includeAssignedTasks();
    }

    /** What the REST API's HAL task list asks for the cards' variables of one page. */
    private Object cardVariables(List<Task> tasks) {
        List<String> scopes = new ArrayList<>();
        for (Task t : tasks) {
            scopes.add(t.getId());
            scopes.add(t.getExecutionId());
            scopes.add(t.getProcessInstanceId());
        }
        VariableInstanceQueryImpl query = (VariableInstanceQueryImpl) runtimeService.createVariableInstanceQuery()
                .disableBinaryFetching().disableCustomObjectDeserialization().variableNameIn(CARD_VARIABLES)
                .variableScopeIdIn(scopes.toArray(String[]::new));
        return query.unlimitedList();
    }

    /**
     * The same request with the engine's authorization (and tenant) checks off for its command: the filter read, its
     * expressions evaluated for the official, the task statement without the grants' join.
     */
    private Object withoutChecks(Supplier<Object> work) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            context.disableTenantCheck();
            // the service call below runs in this command's context, its checks off
            return work.get();
        });
    }

    private <T> T as(String user, List<String> groups, List<String> tenants, Supplier<T> work) {
        identityService.setAuthentication(user, groups, tenants);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** {@code unchecked}: null, or the same request with the checks off, timed between the two. */
    private void compare(String agency, int size, String measure, Supplier<Object> app, Supplier<Object> plain,
                         Supplier<Object> unchecked) {
        Object appResult = app.get();
        Object plainResult = plain.get();
        Object uncheckedResult = unchecked == null ? null : unchecked.get();
        List<Long> appTimes = new ArrayList<>();
        List<Long> plainTimes = new ArrayList<>();
        List<Long> uncheckedTimes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < SAMPLES && (i < 2 || System.nanoTime() - started < BUDGET_NANOS); i++) {
            long t0 = System.nanoTime();
            app.get();
            long t1 = System.nanoTime();
            if (unchecked != null) {
                unchecked.get();
            }
            long t2 = System.nanoTime();
            plain.get();
            long t3 = System.nanoTime();
            appTimes.add(t1 - t0);
            uncheckedTimes.add(t2 - t1);
            plainTimes.add(t3 - t2);
        }
        double appP95 = percentile(appTimes, 95);
        double plainP95 = percentile(plainTimes, 95);
        String withoutChecks = unchecked == null ? "" : String.format(" | filter without checks: result %s, p50 %.1f "
                + "ms, p95 %.1f ms", describe(uncheckedResult), percentile(uncheckedTimes, 50),
                percentile(uncheckedTimes, 95));
        report(String.format("agency %s (%d tasks) | %s | result %s / plain %s | p50 %.1f ms, p95 %.1f ms | plain p50 "
                        + "%.1f ms, p95 %.1f ms | ratio of p95 %.2f | samples %d%s", agency, size, measure,
                describe(appResult), describe(plainResult), percentile(appTimes, 50), appP95,
                percentile(plainTimes, 50), plainP95, appP95 / plainP95, appTimes.size(), withoutChecks));
    }

    private static String describe(Object result) {
        return result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One agency of ~20,000 tasks, a few of thousands, the rest from ~150 to ~900; {@link #TOTAL} in all. */
    private static int[] sizes(int agencies) {
        double scale = TOTAL / 100_000.0;
        int[] sizes = new int[agencies];
        int[] large = {20_000, 8_000, 5_000, 3_000, 2_000, 2_000};
        int used = 0;
        for (int i = 0; i < large.length; i++) {
            sizes[i] = (int) (large[i] * scale);
            used += sizes[i];
        }
        int rest = agencies - large.length;
        int left = TOTAL - used;
        for (int i = 0; i < rest; i++) {
            // from 150 up, rising linearly so that the rest adds up to what is left
            double min = 150 * scale;
            double max = 2.0 * left / rest - min;
            sizes[large.length + i] = (int) Math.round(min + (max - min) * i / Math.max(1, rest - 1));
        }
        sizes[agencies - 1] += TOTAL - Arrays.stream(sizes).sum();
        return sizes;
    }

    /** The largest, ~5,000, ~2,000, a middle-sized one and the smallest. */
    private static int[] measuredAgencies(int[] sizes) {
        return new int[] {0, 2, 4, sizes.length / 2, 6};
    }

    private void seed(List<String> agencies, int[] sizes) {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("planTask")
                .latestVersion().singleResult().getId();
        jdbc.execute("CREATE TABLE bench_copy (inst VARCHAR(64), copies INT)");
        for (int i = 0; i < agencies.size(); i++) {
            LocalDate due = TODAY.plusDays(30);
            Map<String, Object> vars = new HashMap<>();
            vars.put("planId", "BENCH");
            vars.put("planTitle", "Kế hoạch cải cách hành chính năm 2024 của tỉnh Vĩnh Long");
            vars.put("agencyId", agencies.get(i));
            vars.put("agencyName", "Cơ quan " + agencies.get(i));
            vars.put("taskText", "Rà soát, đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý "
                    + "dân cư thuộc phạm vi chức năng quản lý của cơ quan");
            vars.put("deadlineText", "Quý IV/2024");
            vars.put("dueDate", Date.from(due.atTime(23, 59, 59).atZone(VN).toInstant()));
            vars.put("itemId", "BENCH-" + i);
            vars.put("section", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
            vars.put("product", "Báo cáo kết quả rà soát");
            vars.put("leadAgency", true);
            vars.put("area", "tthc");
            String instance = runtimeService.createProcessInstanceById(definition).businessKey("BENCH:" + i)
                    .setVariables(vars).execute().getId();
            jdbc.update("INSERT INTO bench_copy VALUES (?, ?)", instance, sizes[i] - 1);
        }
        copy("ACT_RU_EXECUTION", "t.proc_inst_id_ = c.inst");
        copy("ACT_RU_TASK", "t.proc_inst_id_ = c.inst");
        copy("ACT_RU_IDENTITYLINK", "t.task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = c.inst)");
        copy("ACT_RU_VARIABLE", "t.proc_inst_id_ = c.inst");
        copy("ACT_RU_AUTHORIZATION", "(t.resource_id_ = c.inst OR t.resource_id_ IN "
                + "(SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = c.inst))");
        // due dates from a year overdue to a year ahead, creation times over the last year
        jdbc.update("UPDATE act_ru_task SET due_date_ = CAST(? AS TIMESTAMP) + ((hashtext(id_) & 1023) - 365) "
                        + "* INTERVAL '1 day', create_time_ = CAST(? AS TIMESTAMP) - ((hashtext(id_ || 'c') & 511) "
                        + "% 365) * INTERVAL '1 day'",
                Timestamp.from(TODAY.atTime(23, 59, 59).atZone(VN).toInstant()),
                Timestamp.from(TODAY.atTime(8, 0).atZone(VN).toInstant()));
        jdbc.execute("DROP TABLE bench_copy");
    }

    /** See {@link #TENANTS}. */
    private void isolateByTenant(List<String> agencies) {
        long t0 = System.nanoTime();
        jdbc.update("UPDATE act_ru_task t SET tenant_id_ = i.group_id_ FROM act_ru_identitylink i WHERE "
                + "i.task_id_ = t.id_ AND i.type_ = 'candidate' AND i.group_id_ LIKE 'co-quan-thu-nghiem-%'");
        jdbc.update("UPDATE act_ru_execution e SET tenant_id_ = t.tenant_id_ FROM act_ru_task t WHERE "
                + "e.proc_inst_id_ = t.proc_inst_id_");
        jdbc.update("UPDATE act_ru_variable v SET tenant_id_ = e.tenant_id_ FROM act_ru_execution e WHERE "
                + "e.id_ = v.proc_inst_id_");
        int removed = replaceAgencyGrants(agencies, agency -> "planTask");
        report(String.format("tenant isolation: %d per-task and per-instance grants removed, %d definition grants "
                + "added, tenants set in %.1f s", removed, agencies.size(), (System.nanoTime() - t0) / 1e9));
    }

    /** See {@link #DEFINITIONS}. */
    private void isolateByDefinition(List<String> agencies) {
        long t0 = System.nanoTime();
        ProcessDefinition template = repositoryService.createProcessDefinitionQuery().processDefinitionKey("planTask")
                .latestVersion().singleResult();
        String model;
        try (InputStream in = repositoryService.getProcessModel(template.getId())) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String agency : agencies) {
            String key = "planTask-" + agency;
            String id = repositoryService.createDeployment().name(key)
                    .addString(key + ".bpmn", model.replace("<bpmn:process id=\"planTask\"",
                            "<bpmn:process id=\"" + key + "\""))
                    .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
            jdbc.update("UPDATE act_ru_task t SET proc_def_id_ = ? FROM act_ru_identitylink i WHERE i.task_id_ = "
                    + "t.id_ AND i.type_ = 'candidate' AND i.group_id_ = ?", id, agency);
        }
        jdbc.update("UPDATE act_ru_execution e SET proc_def_id_ = t.proc_def_id_ FROM act_ru_task t WHERE "
                + "e.proc_inst_id_ = t.proc_inst_id_");
        int removed = replaceAgencyGrants(agencies, agency -> "planTask-" + agency);
        report(String.format("definition isolation: %d per-task and per-instance grants removed, %d definitions and "
                + "%d definition grants added in %.1f s", removed, agencies.size(), agencies.size(),
                (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Deletes the agency groups' per-task, per-instance and history grants and gives each agency group one grant
     * (READ_TASK, READ_INSTANCE) on the definition key given for it; returns the number of grants deleted.
     */
    private int replaceAgencyGrants(List<String> agencies, UnaryOperator<String> definitionKey) {
        int removed = jdbc.update("DELETE FROM act_ru_authorization WHERE group_id_ LIKE 'co-quan-thu-nghiem-%'");
        for (String agency : agencies) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(agency);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(definitionKey.apply(agency));
            grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
            grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
            authorizationService.saveAuthorization(grant);
        }
        return removed;
    }

    /** Copies the template rows of each instance {@code copies} times, suffixing the instance's own ids. */
    private void copy(String table, String templateRows) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE "
                + "table_name = ? ORDER BY ordinal_position", String.class, table.toLowerCase());
        String select = String.join(", ", columns.stream().map(c -> OWN_IDS.contains(c)
                ? "t." + c + " || '-' || g" : "t." + c).toList());
        long t0 = System.nanoTime();
        int rows = jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM bench_copy c CROSS JOIN LATERAL generate_series(1, c.copies) g JOIN " + table + " t ON "
                + templateRows);
        report(String.format("copied %d rows of %s in %.1f s", rows, table, (System.nanoTime() - t0) / 1e9));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static void report(String line) {
        System.out.println("[tasklist-bench] " + line);
    }
}
