package vn.cchc.notify;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Quartz job: drains the outbox. One job per configured worker; Quartz runs each at most once at a time in the
 * whole cluster, and the row locks let the workers (on the same or other nodes) run side by side.
 */
@DisallowConcurrentExecution
class DeliveryJob implements Job {

    private final NotificationDelivery delivery;

    DeliveryJob(NotificationDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        delivery.drain();
    }
}
