package vn.cchc.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.springframework.stereotype.Component;

/**
 * The job executor under a quarter-end burst (thousands of reminder timers due at 08:00 on 2 cores; measured in
 * docs/benchmarks.md, docs/operations.md "Clustering"):
 * <ul>
 * <li>when its queue is full, the acquisition thread runs the rejected job itself. The engine's default keeps the
 * rejected jobs locked, hands them back to the next acquisition cycle, acquires only as many new jobs as were
 * rejected and starts that cycle at once: under a burst, an acquisition (a query and a commit) for every one or two
 * jobs, instead of one for 50;</li>
 * <li>jobs are acquired in due-date order ({@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull}
 * in {@code config/application.yml}) through the index {@code CCHC_IDX_JOB_DUEDATE} on the due date (migration
 * {@code db/migration/common/V4__job_due_date_index.sql}): without it every acquisition scanned the job table past
 * the jobs already run, a few milliseconds each, in the single acquisition thread.</li>
 * </ul>
 * Pool and queue sizes are in {@code config/application.yml} ({@code camunda.bpm.job-execution}).
 */
@Component
class JobExecutorTuning extends AbstractProcessEnginePlugin {

    /**
     * Set on the job executor itself, after the engine has built it: the Spring Boot starter gives its job executor
     * the engine's default handler before any plugin runs, and the engine then ignores
     * {@code setCustomRejectedJobsHandler} (it applies that only to a job executor without one).
     */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getJobExecutor().setRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
    }
}
