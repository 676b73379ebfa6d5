package vn.cchc.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.springframework.stereotype.Component;

/**
 * The job executor under a quarter-end burst (thousands of reminder timers due at 08:00 on 2 cores; measured in
 * docs/benchmarks.md, docs/operations.md "Clustering"):
 * <ul>
 * <li>when its queue is full, the acquisition thread runs the rejected job itself instead of the engine's default,
 * which unlocks the jobs and acquires again at once, a busy loop that burns the CPU the workers need;</li>
 * <li>jobs are acquired in due-date order ({@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull}
 * in {@code config/application.yml}) through the index {@code CCHC_IDX_JOB_DUEDATE} on the due date (migration
 * {@code db/migration/common/V4__job_due_date_index.sql}): without it every acquisition scanned the job table past
 * the jobs already run, a few milliseconds each, in the single acquisition thread.</li>
 * </ul>
 * Pool and queue sizes are in {@code config/application.yml} ({@code camunda.bpm.job-execution}).
 */
@Component
class JobExecutorTuning extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
    }
}
