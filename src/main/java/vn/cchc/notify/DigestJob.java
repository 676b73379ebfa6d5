package vn.cchc.notify;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz job: the weekly digest for every agency (cron in {@code cchc.notify.digest.cron}). */
@DisallowConcurrentExecution
class DigestJob implements Job {

    private final WeeklyDigest digest;

    DigestJob(WeeklyDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(JobExecutionContext context) {
        digest.run();
    }
}
