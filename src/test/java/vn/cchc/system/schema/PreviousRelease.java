package vn.cchc.system.schema;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database as the release before Flyway left it (src/test/resources/db/previous-release): the engine's tables
 * created by the engine, the job due-date index created after it, the application's scripts run as spring.sql.init
 * ran them; with rows in it: a process instance waiting on a task with a timer, a plan with items, an assignment,
 * an amendment, a pending notification and a Quartz trigger.
 */
final class PreviousRelease {

    static final String PLAN = "KH-2025";
    static final String BUSINESS_KEY = "KH-2025:1:so-tu-phap";
    static final String IDEMPOTENCY_KEY = "planTask:" + BUSINESS_KEY + ":REMINDER:-3:2025-03-26:cv@example.invalid";
    static final long NEXT_FIRE_TIME = 1_767_225_600_000L;
    private static final String[] SCRIPTS = {"job-index.sql", "schema.sql", "notify.sql", "reporting.sql",
            "importing.sql", "documents.sql"};

    private PreviousRelease() {
    }

    /** Creates the schema and the rows; returns the id of the waiting process instance. */
    static String create(DataSource dataSource) {
        String processInstanceId;
        ProcessEngine engine = PlainEngine.start(dataSource, true);
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("previous.bpmn", process()).deploy();
            processInstanceId = engine.getRuntimeService()
                    .startProcessInstanceByKey("previousRelease", BUSINESS_KEY).getId();
            // what the previous release's engine gave a candidate group on its task (the default, UPDATE), and
            // the administrators' grant on every task
            String taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .singleResult().getId();
            Authorization candidates = engine.getAuthorizationService().createNewAuthorization(
                    Authorization.AUTH_TYPE_GRANT);
            candidates.setGroupId("so-tu-phap");
            candidates.setResource(Resources.TASK);
            candidates.setResourceId(taskId);
            candidates.addPermission(Permissions.READ);
            candidates.addPermission(Permissions.UPDATE);
            engine.getAuthorizationService().saveAuthorization(candidates);
            Authorization admins = engine.getAuthorizationService().createNewAuthorization(
                    Authorization.AUTH_TYPE_GRANT);
            admins.setGroupId("camunda-admin");
            admins.setResource(Resources.TASK);
            admins.setResourceId(Authorization.ANY);
            admins.addPermission(Permissions.ALL);
            engine.getAuthorizationService().saveAuthorization(admins);
        } finally {
            engine.close();
        }
        ResourceDatabasePopulator scripts = new ResourceDatabasePopulator();
        for (String script : SCRIPTS) {
            scripts.addScript(new ClassPathResource("db/previous-release/" + script));
        }
        scripts.execute(dataSource);
        insertRows(JdbcClient.create(dataSource), processInstanceId);
        return processInstanceId;
    }

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("previousRelease").camundaHistoryTimeToLive(30)
                .startEvent().userTask("work").boundaryEvent("reminder").cancelActivity(false)
                .timerWithDuration("P10D").endEvent()
                .moveToActivity("work").endEvent().done();
    }

    private static void insertRows(JdbcClient jdbc, String processInstanceId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 9, 0));
        jdbc.sql("INSERT INTO cchc_plan (id, plan_year, title, status, decision_number, decision_date, created_at) "
                        + "VALUES (?, 2025, 'Kế hoạch cải cách hành chính năm 2025', 'ISSUED', '12/QĐ-UBND', ?, ?)")
                .params(PLAN, LocalDate.of(2025, 1, 10), now).update();
        for (int item = 1; item <= 2; item++) {
            jdbc.sql("INSERT INTO cchc_plan_item (plan_id, item_no, task, lead_agencies, deadline_text, "
                            + "deadline_kind, due_date) VALUES (?, ?, ?, 'so-tu-phap', 'Quý I/2025', 'QUARTER', ?)")
                    .params(PLAN, item, "Nhiệm vụ số " + item, LocalDate.of(2025, 3, 31)).update();
        }
        jdbc.sql("INSERT INTO cchc_assignment (id, plan_id, item_no, agency_id, due_date, status, "
                        + "process_instance_id) VALUES (?, ?, 1, 'so-tu-phap', ?, 'OPEN', ?)")
                .params(BUSINESS_KEY, PLAN, LocalDate.of(2025, 3, 31), processInstanceId).update();
        jdbc.sql("INSERT INTO cchc_plan_amendment (plan_id, item_no, change_kind, old_value, new_value, changed_by, "
                        + "changed_at, agency_id) VALUES (?, 1, 'EXTENSION', '2025-03-31', '2025-04-30', "
                        + "'chuyenvien.snv', ?, 'so-tu-phap')")
                .params(PLAN, now).update();
        jdbc.sql("INSERT INTO cchc_notification (idempotency_key, recipient, agency_id, plan_id, template, data, "
                        + "status, attempts, next_attempt_at, created_at) "
                        + "VALUES (?, 'cv@example.invalid', 'so-tu-phap', ?, 'REMINDER', '{}', 'PENDING', 0, ?, ?)")
                .params(IDEMPOTENCY_KEY, PLAN, now, now).update();
        jdbc.sql("INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE, "
                        + "IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY) "
                        + "VALUES ('cchc-notify', 'digest', 'notify', 'vn.cchc.notify.DigestJob', TRUE, TRUE, FALSE, "
                        + "FALSE)").update();
        jdbc.sql("INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                        + "NEXT_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME) "
                        + "VALUES ('cchc-notify', 'digest', 'notify', 'digest', 'notify', ?, 5, 'WAITING', 'SIMPLE', 0)")
                .param(NEXT_FIRE_TIME).update();
        jdbc.sql("INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, "
                        + "REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES ('cchc-notify', 'digest', 'notify', -1, 604800000, 3)")
                .update();
    }
}
