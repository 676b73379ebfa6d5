package vn.cchc.notify;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;

/**
 * Quartz jobs of the notification pipeline (JDBC job store on the application's database, clustered; see
 * {@code config/notify.yml}): {@code cchc.notify.delivery.workers} delivery jobs and the weekly digest.
 */
@Configuration
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

    static final String GROUP = "cchc-notify";

    /** The JDBC delegate matches the database (PostgreSQL stores job data as BYTEA, read differently). */
    @Bean
    SchedulerFactoryBeanCustomizer quartzDelegate(SqlDialect dialect, QuartzProperties quartz) {
        return factory -> factory.setQuartzProperties(withDelegate(quartz, dialect));
    }

    /** Spring Boot's {@code spring.quartz.properties} (the customizer replaces them) plus the delegate. */
    private static java.util.Properties withDelegate(QuartzProperties quartz, SqlDialect dialect) {
        java.util.Properties p = new java.util.Properties();
        p.putAll(quartz.getProperties());
        p.setProperty("org.quartz.jobStore.driverDelegateClass",
                (dialect.isPostgres() ? PostgreSQLDelegate.class : StdJDBCDelegate.class).getName());
        return p;
    }

    /** One job and one trigger per delivery worker. */
    @Bean
    static BeanFactoryPostProcessor deliveryWorkers(org.springframework.core.env.Environment environment) {
        int workers = environment.getProperty("cchc.notify.delivery.workers", Integer.class, 2);
        long intervalMs = environment.getProperty("cchc.notify.delivery.interval", java.time.Duration.class,
                java.time.Duration.ofSeconds(10)).toMillis();
        return (ConfigurableListableBeanFactory factory) -> {
            for (int i = 1; i <= workers; i++) {
                JobDetail job = JobBuilder.newJob(DeliveryJob.class).withIdentity("notificationDelivery-" + i, GROUP)
                        .withDescription(Texts.get("notify.job.delivery", i)).storeDurably().build();
                Trigger trigger = TriggerBuilder.newTrigger().forJob(job)
                        .withIdentity("notificationDelivery-" + i, GROUP)
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever().withIntervalInMilliseconds(intervalMs)
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .build();
                factory.registerSingleton("notificationDeliveryJob" + i, job);
                factory.registerSingleton("notificationDeliveryTrigger" + i, trigger);
            }
        };
    }

    @Bean
    JobDetail weeklyDigestJob() {
        return JobBuilder.newJob(DigestJob.class).withIdentity("weeklyDigest", GROUP)
                .withDescription(Texts.get("notify.job.weeklyDigest")).storeDurably().build();
    }

    @Bean
    Trigger weeklyDigestTrigger(JobDetail weeklyDigestJob, NotifyProperties properties) {
        return TriggerBuilder.newTrigger().forJob(weeklyDigestJob).withIdentity("weeklyDigest", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.digest().cron())
                        .inTimeZone(TimeZone.getTimeZone(DueDates.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
