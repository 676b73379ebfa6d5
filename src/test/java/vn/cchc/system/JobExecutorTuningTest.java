package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.junit.jupiter.api.Test;

/**
 * Under a quarter-end burst the job executor's queue is full most of the time. The engine's default answer to a job
 * the queue turns away (keep it locked, hand it back to the next acquisition, acquire only as many new jobs as were
 * turned away) made the acquisition thread run an acquisition for every one or two jobs (docs/benchmarks.md, "The
 * rejected-jobs handler"). The Spring Boot starter gives its job executor that default before any plugin runs, which
 * is the situation built here: an engine whose job executor already has a handler, with {@link JobExecutorTuning}.
 * (The tests' application context runs without a job executor, so it cannot show this.)
 */
class JobExecutorTuningTest {

    @Test
    void aJobExecutorThatAlreadyHasAHandlerHasTheAcquiringThreadRunTheJobsItsQueueTurnsAway() {
        JobExecutor executor = new DefaultJobExecutor();
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:job-executor-tuning;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("job-executor-tuning");
        configuration.getProcessEnginePlugins().add(new JobExecutorTuning());

        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            assertThat(executor.getRejectedJobsHandler()).isInstanceOf(CallerRunsRejectedJobsHandler.class);
        } finally {
            engine.close();
        }
    }
}
