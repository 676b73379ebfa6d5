package vn.cchc.plan;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * Quartz (clustered: one node runs it) looks for the leaders' weekly summary at 08:00 Vietnam time on weekdays
 * ({@code cchc.notify.leader-summary.cron}); {@link LeaderSummary} writes only on the week's first working day.
 */
@Configuration
class LeaderSummarySchedule {

    private static final String GROUP = "cchc-notify";

    @Bean
    JobDetail leaderSummaryJob() {
        return JobBuilder.newJob(LeaderSummaryJob.class).withIdentity("leaderSummary", GROUP)
                .withDescription(Texts.get("plan.job.leaderSummary")).storeDurably().build();
    }

    @Bean
    Trigger leaderSummaryTrigger(JobDetail leaderSummaryJob, LeaderSummaryProperties properties) {
        return TriggerBuilder.newTrigger().forJob(leaderSummaryJob).withIdentity("leaderSummary", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
                        .inTimeZone(TimeZone.getTimeZone(DueDates.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class LeaderSummaryJob implements Job {

        private final LeaderSummary summary;

        LeaderSummaryJob(LeaderSummary summary) {
            this.summary = summary;
        }

        @Override
        public void execute(JobExecutionContext context) {
            summary.run(VietnamTime.today());
        }
    }
}
