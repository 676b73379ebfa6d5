package vn.cchc.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the stored status of every open assignment of the issued plans (and so its task card, {@link TaskCards}) to
 * what the status rule says now. The follow-up's timers write the changes that have a moment of their own (due soon,
 * overdue); a status can also change with no timer: "Chưa đến hạn" becomes "Đang thực hiện trong hạn" when a new
 * reporting period starts. Run once a day ({@link TaskCardRefreshSchedule}); only the assignments whose status
 * changed are written, one plan per transaction.
 */
@Component
public class TaskCardRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(TaskCardRefresh.class);

    private final Plans plans;
    private final Assignments assignments;
    private final AssignmentStatuses statuses;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskCardRefresh(Plans plans, Assignments assignments, AssignmentStatuses statuses,
                    TransactionTemplate transactions, Clock clock) {
        this.plans = plans;
        this.assignments = assignments;
        this.statuses = statuses;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many assignments changed status */
    public int run() {
        Instant now = clock.instant();
        int changed = 0;
        for (Plan plan : plans.all()) {
            if (plan.status() == PlanStatus.ISSUED) {
                Integer n = transactions.execute(tx -> refresh(plan.id(), now));
                changed += n == null ? 0 : n;
            }
        }
        LOG.info("Task cards refreshed: {} assignment status(es) changed", changed);
        return changed;
    }

    private int refresh(String planId, Instant now) {
        Map<String, AssignmentStatus> current = statuses.ofPlan(planId, now);
        int changed = 0;
        for (Assignments.Assignment a : assignments.ofPlan(planId)) {
            AssignmentStatus status = current.get(a.id());
            boolean open = a.status() != AssignmentStatus.DONE_ON_TIME && a.status() != AssignmentStatus.DONE_LATE;
            if (open && status != null && status != a.status() && assignments.updateStatus(a.id(), status)) {
                changed++;
            }
        }
        return changed;
    }
}
