package vn.cchc.reporting.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.cchc.notify.Notification;
import vn.cchc.notify.Notifications;
import vn.cchc.followup.FollowUpVariables;
import vn.cchc.shared.DueDates;

/**
 * Drives the {@code followUp} instances of one subject (a report, a remediation, a PAR assessment): the job
 * executor is off, so this runs the subject's due jobs and fires the alert timers one by one on the engine clock.
 */
final class AlertDriver {

    private final ProcessEngine engine;
    private final Notifications notifications;

    AlertDriver(ProcessEngine engine, Notifications notifications) {
        this.engine = engine;
        this.notifications = notifications;
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(DueDates.ZONE).toInstant());
    }

    static void clock(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(DueDates.ZONE).toInstant()));
    }

    /** The running alert loops called by the subject, the area's one when {@code area} is given. */
    List<ProcessInstance> loops(ProcessInstance subject) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpVariables.PROCESS_KEY).superProcessInstanceId(subject.getId())
                .list();
    }

    ProcessInstance loop(ProcessInstance subject, String area) {
        return loops(subject).stream().filter(pi -> area == null || area.equals(engine.getRuntimeService()
                .getVariable(pi.getId(), FollowUpVariables.PART))).findFirst()
                .orElseThrow(() -> new AssertionError("no alert loop for " + subject.getBusinessKey() + " " + area));
    }

    /** Runs every job of the subject and its loops due by the engine clock, until none is left. */
    void runDue(ProcessInstance subject) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = Stream.concat(Stream.of(subject), loops(subject).stream())
                    .flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                            .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep being created");
    }

    Date nextAlertAt(ProcessInstance loop) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(loop.getId()).timers()
                .singleResult();
        return timer == null ? null : timer.getDuedate();
    }

    /** Moves the clock to the loop's next alert, runs what the subject had due before it, then fires it. */
    Date fireNext(ProcessInstance subject, ProcessInstance loop) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(loop.getId()).timers()
                .singleResult();
        if (timer == null) {
            throw new AssertionError("no alert pending for " + loop.getBusinessKey());
        }
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().createJobQuery().processInstanceId(subject.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        engine.getManagementService().executeJob(timer.getId());
        return timer.getDuedate();
    }

    /** Codes of the alerts written for {@code stem} ({@code report:<key>}), e.g. {@code REMINDER:-3}, in key order. */
    List<String> codes(String stem) {
        return notifications.withKeyPrefix(stem + ":").stream().map(Notification::key)
                .map(k -> k.substring(stem.length() + 1)).map(k -> k.substring(0, k.indexOf(':', k.indexOf(':') + 1)))
                .distinct().toList();
    }

    List<Notification> sent(String stem, String code) {
        return notifications.withKeyPrefix(stem + ":" + code + ":");
    }
}
