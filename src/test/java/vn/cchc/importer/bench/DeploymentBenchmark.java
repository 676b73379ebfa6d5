package vn.cchc.importer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.importer.AgencyAliases;
import vn.cchc.importer.ImportPreview;
import vn.cchc.importer.PlanImport;
import vn.cchc.plan.PlanVariables;

/**
 * Benchmark, not a test (its name keeps it out of the default run): issues the Vĩnh Long 2024 plan (seed 000)
 * against the province directory with 100 communes and times its deployment ({@code deployPlanTasks}: the step's
 * job, one job per group of items (at most 8) run on the job executor's 4 threads, each group's completion) against
 * a baseline in the same run: the same {@code planTask} instances with the same business keys (suffixed) and
 * variables started through the plain engine API, one transaction per item, on as many threads. Two rounds, after a warm-up. Reports heap after
 * full GC before and after each round, and the rows added per instance by table. Run:
 * {@code mvn -o -q test -Dtest=DeploymentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Ddeployment.itemThreads=N}: threads for the groups of items, 4 by default)
 *
 * <p>National scale (issue 17): {@code -Dtest=DeploymentBenchmark -Ddeployment.plans=39} issues that
 * many province-sized plans (3,595 assignments each: 39 give 140,205), deploys them one after the other (each
 * as above), then starts the same instances through the plain engine API as the baseline does.
 * {@code -Ddeployment.threads=N} runs N plans at a time on both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "cchc.mail.embedded.enabled=false",
        "management.health.mail.enabled=false", "cchc.demo.enabled=false", "cchc.demo.sample-plans=false",
        "logging.level.root=WARN", "logging.level.org.camunda=WARN"})
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class DeploymentBenchmark {

    private static final Path SEED = Path.of(System.getProperty("cchc.seeds", "src/test/resources/seeds"))
            .resolve("000_cf6734c0d54f4613.txt");

    /** Plans deployed at a time in the national-scale run ({@code -Ddeployment.threads}, 1 by default). */
    private static final int THREADS = Integer.getInteger("deployment.threads", 1);
    /**
     * Threads running a plan's jobs for its groups of items ({@code -Ddeployment.itemThreads}): the job executor's 4
     * threads (config/application.yml) by default; the baseline uses as many.
     */
    private static final int ITEM_THREADS = Integer.getInteger("deployment.itemThreads", 4);

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanImport planImport;
    @Autowired
    AgencyAliases aliases;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @DisabledIfSystemProperty(named = "deployment.plans", matches = "[1-9][0-9]*")
    void deployment() throws Exception {
        byte[] seed = seed("");

        String warm = issue("BENCH-WARMUP", seed, "1/QĐ-WARM");
        long warmApp = deploy(warm);
        long warmBase = baseline(warm);
        report(String.format("warm-up: %d instances, application %.2f s, baseline %.2f s", count(warm),
                warmApp / 1e9, warmBase / 1e9));
        long heapStart = heapAfterGc();
        report("heap after warm-up: " + heapStart / 1_048_576 + " MB");

        for (int round = 1; round <= 2; round++) {
            String planId = issue("BENCH-" + round, seed, round + "0/QĐ-UBND");
            Map<String, Long> rowsBefore = round == 2 ? BenchmarkDatabase.rowCounts() : null;
            long appNanos = deploy(planId);
            int count = count(planId);
            Map<String, Long> rowsAfterApp = round == 2 ? BenchmarkDatabase.rowCounts() : null;
            long heapAfterApp = heapAfterGc();
            long baseNanos = baseline(planId);
            long heapAfterBase = heapAfterGc();
            if (round == 2) {
                reportRows("application", rowsBefore, rowsAfterApp, count);
                reportRows("baseline", rowsAfterApp, BenchmarkDatabase.rowCounts(), count);
            }
            double appPer = appNanos / 1e6 / count;
            double basePer = baseNanos / 1e6 / count;
            report(String.format("round %d: %d planTask instances; application %.2f s (%.3f ms/instance); "
                            + "baseline %.2f s (%.3f ms/instance); ratio %.2f; heap after GC %d MB → %d MB",
                    round, count, appNanos / 1e9, appPer, baseNanos / 1e9, basePer, appPer / basePer,
                    heapAfterApp / 1_048_576, heapAfterBase / 1_048_576));
        }
        report("heap after both rounds: " + heapAfterGc() / 1_048_576 + " MB (after warm-up: "
                + heapStart / 1_048_576 + " MB)");
    }

    /**
     * Many province-sized plans deployed one after the other on one node: the total against the plain engine's,
     * and the heap after full GC before and after (flat means nothing per plan is kept).
     */
    @Test
    @EnabledIfSystemProperty(named = "deployment.plans", matches = "[1-9][0-9]*")
    void nationalScale() throws Exception {
        int plans = Integer.getInteger("deployment.plans");
        byte[] seed = seed("national scale: " + plans + " plans; ");
        String warm = issue("NAT-WARMUP", seed, "1/QĐ-WARM");
        deploy(warm);
        baseline(warm);
        List<String> planIds = new ArrayList<>();
        long issueStart = System.nanoTime();
        for (int i = 1; i <= plans; i++) {
            planIds.add(issue("NAT-" + i, seed, i + "/QĐ-UBND"));
        }
        report(String.format("%d plans imported and issued in %.1f s (not part of the deployment figure)", plans,
                (System.nanoTime() - issueStart) / 1e9));
        long heapStart = heapAfterGc();
        long[] slowest = new long[1];
        long appNanos = inParallel(planIds, planId -> {
            long one = deploy(planId);
            synchronized (slowest) {
                slowest[0] = Math.max(slowest[0], one);
            }
        });
        long heapAfterApp = heapAfterGc();
        int instances = 0;
        for (String planId : planIds) {
            instances += count(planId);
        }
        Map<String, List<Object[]>> prepared = new HashMap<>();
        for (String planId : planIds) {
            prepared.put(planId, baselineInput(planId));
        }
        long baseNanos = inParallel(planIds, planId -> baseline(prepared.get(planId)));
        report(String.format("national scale: %d plans, %d planTask instances, %d at a time; application %.1f s "
                        + "(%.3f ms/instance, slowest plan %.1f s); baseline %.1f s (%.3f ms/instance); ratio %.2f; "
                        + "heap after GC %d MB before, %d MB after the deployments, %d MB after the baseline",
                plans, instances, THREADS, appNanos / 1e9, appNanos / 1e6 / instances, slowest[0] / 1e9,
                baseNanos / 1e9, baseNanos / 1e6 / instances, (double) appNanos / baseNanos, heapStart / 1_048_576,
                heapAfterApp / 1_048_576, heapAfterGc() / 1_048_576));
    }

    /**
     * Runs the work for every plan, {@link #THREADS} plans at a time (as the job executor's threads would take
     * several plans' deployment jobs); the wall-clock time from the first start to the last end.
     */
    private static long inParallel(List<String> planIds, java.util.function.Consumer<String> work) {
        long start = System.nanoTime();
        parallel(planIds, THREADS, work);
        return System.nanoTime() - start;
    }

    /** The seed's bytes, its two "related units" phrases mapped to SNV; reports the database and JVM settings. */
    private byte[] seed(String heading) throws java.io.IOException {
        aliases.add("các đơn vị có liên quan", List.of("so-noi-vu"), "benchmark");
        aliases.add("các đơn vị liên quan", List.of("so-noi-vu"), "benchmark");
        report(heading + "PostgreSQL fsync=" + BenchmarkDatabase.setting("fsync") + ", synchronous_commit="
                + BenchmarkDatabase.setting("synchronous_commit") + ", cores="
                + Runtime.getRuntime().availableProcessors() + ", max heap="
                + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB");
        return Files.readAllBytes(SEED);
    }

    /** Imports the seed into a new plan and drives it to issuance; the deployment job waits. */
    private String issue(String planId, byte[] seed, String decision) {
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024"));
        ImportPreview preview = planImport.importFile(planId, seed, "000.txt");
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
        complete(planId, "issuePlan", Map.of(PlanVariables.DECISION_NUMBER, decision,
                PlanVariables.DECISION_DATE, "2023-12-18", PlanVariables.SIGNER, "Chủ tịch UBND tỉnh"));
        return planId;
    }

    private void complete(String planId, String taskKey, Map<String, Object> vars) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId)
                .taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().complete(task.getId(), vars);
    }

    /**
     * The plan's deployment as the job executor runs it: the step's job, then the jobs of its groups of items on
     * {@link #ITEM_THREADS} threads (the job executor's threads in config/application.yml), then each group's
     * completion, the last one writing the agencies' mails.
     */
    private long deploy(String planId) {
        String lifecycleId = lifecycle(planId).getId();
        var management = engine.getManagementService();
        long start = System.nanoTime();
        management.executeJob(management.createJobQuery().processInstanceId(lifecycleId)
                .activityId("deployPlanTasks#multiInstanceBody").singleResult().getId());
        List<String> items = management.createJobQuery().processInstanceId(lifecycleId)
                .activityId("deployPlanTasks").list().stream().map(Job::getId).toList();
        parallel(items, ITEM_THREADS, management::executeJob);
        for (Job completion : management.createJobQuery().processInstanceId(lifecycleId)
                .activityId("planItemDeployed").list()) {
            management.executeJob(completion.getId());
        }
        long nanos = System.nanoTime() - start;
        if (management.createJobQuery().processInstanceId(lifecycleId).activityId("planItemDeployed").count() > 0) {
            throw new IllegalStateException("deployment of " + planId + " did not end");
        }
        return nanos;
    }

    /** Runs the work for each element on that many threads; returns when all are done, failing if one failed. */
    private static <T> void parallel(List<T> elements, int threads, java.util.function.Consumer<T> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (T element : elements) {
                done.add(pool.submit(() -> work.accept(element)));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The same instances, business keys and variables, started through the engine API in one transaction. */
    private long baseline(String planId) {
        return baseline(baselineInput(planId));
    }

    /** Each deployed instance's business key (suffixed) and variables, read before the baseline's clock starts. */
    private List<Object[]> baselineInput(String planId) {
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
        List<Object[]> input = new ArrayList<>();
        started.forEach(p -> input.add(new Object[] {p.getBusinessKey() + ":base", vars.get(p.getId())}));
        return input;
    }

    /**
     * The plain engine starts the same instances item by item, one transaction per item, on as many threads as the
     * deployment's items use.
     */
    @SuppressWarnings("unchecked")
    private long baseline(List<Object[]> input) {
        // by definition id, as the application does
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PlanVariables.TASK_PROCESS_KEY).latestVersion().singleResult().getId();
        // business key <decision>:<item>:<agency>[:m<n>]:base
        Map<String, List<Object[]>> byItem = new java.util.LinkedHashMap<>();
        for (Object[] k : input) {
            byItem.computeIfAbsent(((String) k[0]).split(":")[1], i -> new ArrayList<>()).add(k);
        }
        long start = System.nanoTime();
        parallel(new ArrayList<>(byItem.values()), ITEM_THREADS, item -> transactions.executeWithoutResult(status -> {
            for (Object[] k : item) {
                engine.getRuntimeService().createProcessInstanceById(definitionId)
                        .businessKey((String) k[0]).setVariables((Map<String, Object>) k[1]).execute();
            }
        }));
        return System.nanoTime() - start;
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

    private int count(String planId) {
        return instances(planId).size();
    }

    /** Rows added per instance, by table, largest first (rows counted before and after). */
    private static void reportRows(String side, Map<String, Long> before, Map<String, Long> after, int instances) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        List<Map.Entry<String, Long>> tables = new ArrayList<>();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long rows = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (rows > 0) {
                tables.add(Map.entry(e.getKey(), rows));
                total += rows;
            }
        }
        tables.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (Map.Entry<String, Long> t : tables) {
            line.append(String.format(" %s %.2f;", t.getKey(), (double) t.getValue() / instances));
        }
        report(String.format("rows added per instance, %s: %.1f —%s", side, (double) total / instances, line));
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void report(String line) {
        System.out.println("[deployment benchmark] " + line);
    }
}
