package vn.cchc.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.springframework.stereotype.Component;

/**
 * When the job executor's queue is full, the acquisition thread runs the rejected job itself instead of the
 * engine's default, which unlocks the jobs and acquires again at once: on a 2-core server in a quarter-end burst
 * that loop burns the CPU the workers and PostgreSQL need (DESIGN.md §10). Pool and queue sizes are in
 * {@code config/application.yml} ({@code camunda.bpm.job-execution}).
 */
@Component
class JobExecutorTuning extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
    }
}
