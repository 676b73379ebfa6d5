package vn.cchc.process;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Runs the jobs of a process instance (and of the instances it called) the way the job executor would. */
final class Jobs {

    /** More jobs than any path of ours has: a loop that never ends is a modelling error, reported as such. */
    private static final int LIMIT = 200;

    private Jobs() {
    }

    /** Runs due jobs (timers as if their time had come) of the instance's tree until none is left. */
    static void runAll(ProcessEngine engine, ProcessInstance pi) {
        for (int run = 0; run < LIMIT; run++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId())
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (jobs.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
        throw new AssertionError("more than " + LIMIT + " jobs: the process loops");
    }

    /** Runs the one job of the instance waiting in {@code activityId}. */
    static void run(ProcessEngine engine, ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).singleResult();
        if (job == null) {
            throw new AssertionError("no job waits in " + activityId);
        }
        engine.getManagementService().executeJob(job.getId());
    }

    /**
     * Runs the jobs of the instance (or the instances it called) waiting before {@code activityId}: a call of
     * {@code followUp} is entered asynchronously, so the follow-up starts only when its job runs. Returns how many ran.
     */
    static int runAt(ProcessEngine engine, ProcessInstance pi, String activityId) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list()
                .forEach(job -> ids.add(job.getId()));
        engine.getManagementService().createJobQuery().rootProcessInstanceId(pi.getId()).activityId(activityId)
                .list().forEach(job -> ids.add(job.getId()));
        ids.forEach(engine.getManagementService()::executeJob);
        return ids.size();
    }

    static boolean ended(ProcessEngine engine, ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
    }

    /** The end event the instance ended in (history). */
    static String endActivity(ProcessEngine engine, ProcessInstance pi) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityType("noneEndEvent").finished().list().stream().map(HistoricActivityInstance::getActivityId)
                .findFirst().orElse(null);
    }
}
