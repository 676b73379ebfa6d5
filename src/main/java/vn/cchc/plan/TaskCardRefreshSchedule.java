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
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * Quartz (clustered: one node runs it) refreshes the assignments' statuses and task cards ({@link TaskCardRefresh})
 * at 00:05 Vietnam time every day, so a card says what the status rule says on that day.
 */
@Configuration
class TaskCardRefreshSchedule {

    private static final String GROUP = "cchc-notify";
    private static final String DAILY = "0 5 0 * * ?";

    @Bean
    JobDetail taskCardRefreshJob() {
        return JobBuilder.newJob(TaskCardRefreshJob.class).withIdentity("taskCardRefresh", GROUP)
                .withDescription(Texts.get("plan.job.taskCardRefresh")).storeDurably().build();
    }

    @Bean
    Trigger taskCardRefreshTrigger(JobDetail taskCardRefreshJob) {
        return TriggerBuilder.newTrigger().forJob(taskCardRefreshJob).withIdentity("taskCardRefresh", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(DAILY)
                        .inTimeZone(TimeZone.getTimeZone(DueDates.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class TaskCardRefreshJob implements Job {

        private final TaskCardRefresh refresh;

        TaskCardRefreshJob(TaskCardRefresh refresh) {
            this.refresh = refresh;
        }

        @Override
        public void execute(JobExecutionContext context) {
            refresh.run();
        }
    }
}
