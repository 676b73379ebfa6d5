package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The deployment runs one job per group of plan items (bpmn/plan-lifecycle.bpmn, a parallel multi-instance over the
 * groups; the driver's two items make two groups): an item that fails fails its group's job only; the other groups
 * stay with their agencies, the failed group's retry deploys it once, and the agencies' new-task mails wait until
 * every group is deployed. The failure here is PostgreSQL refusing the assignment rows of item 2 (a trigger of the test), for the
 * first run only.
 */
@CchcIntegrationTest
class PlanItemDeploymentTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    private String planId;
    private String decision;
    private String trigger;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        long n = System.nanoTime();
        planId = "KH-RESUME-" + n;
        decision = n + "/QĐ-UBND";
        trigger = "cchc_test_refuse_" + n;
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        dropTrigger();
    }

    @Test
    void aFailedItemFailsAloneAndItsRetryDeploysItOnceBeforeTheMails() {
        PlanDriver plan = issued();
        refuseAssignmentsOfItem(2);
        ManagementService management = engine.getManagementService();
        // the step's own job: it opens one job per group of items (here one item each)
        management.executeJob(management.createJobQuery().processInstanceId(plan.instance.getId()).singleResult()
                .getId());
        List<Job> items = management.createJobQuery().processInstanceId(plan.instance.getId())
                .activityId("deployPlanTasks").list();
        assertThat(items).hasSize(2).allSatisfy(job -> assertThat(job.getPriority()).isEqualTo(100));
        Job failing = null;
        for (Job item : items) {
            try {
                management.executeJob(item.getId());
            } catch (RuntimeException e) {
                assertThat(e).hasStackTraceContaining("refused for the test");
                failing = item;
            }
        }
        assertThat(failing).isNotNull();

        // item 1 (Sở Nội vụ) is deployed and stays; item 2 has nothing; no mail yet
        Map<String, String> afterFailure = instancesByAssignment();
        assertThat(afterFailure).containsOnlyKeys(decision + ":1:so-noi-vu");
        assertThat(planTaskInstances()).isEqualTo(1);
        assertThat(newTaskMails()).isZero();

        dropTrigger();
        management.executeJob(failing.getId());
        // each item's completion, the last one going on to the mails
        management.createJobQuery().processInstanceId(plan.instance.getId()).activityId("planItemDeployed").list()
                .forEach(job -> management.executeJob(job.getId()));

        Map<String, String> deployed = instancesByAssignment();
        assertThat(deployed).containsOnlyKeys(decision + ":1:so-noi-vu", decision + ":2:so-tu-phap",
                decision + ":2:van-phong-ubnd");
        assertThat(deployed.get(decision + ":1:so-noi-vu")).isEqualTo(afterFailure.get(decision + ":1:so-noi-vu"));
        assertThat(planTaskInstances()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT DISTINCT agency_id FROM cchc_notification WHERE idempotency_key LIKE ?")
                .param("work:newTasks:" + planId + ":%").query(String.class).list())
                .containsExactlyInAnyOrder("so-noi-vu", "so-tu-phap", "van-phong-ubnd");
        BpmnAwareTests.assertThat(plan.instance).isWaitingAt("createReportingCalendar");
    }

    /** A group's job run again (taken over by another node after its lock expired) deploys nothing twice. */
    @Test
    void anItemAlreadyDeployedIsNotDeployedAgain() {
        PlanDriver plan = issued();
        ManagementService management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(plan.instance.getId()).singleResult()
                .getId());
        // item 1 deployed, then its job again as a second run would: the execution is reset to before the item
        Job first = management.createJobQuery().processInstanceId(plan.instance.getId())
                .activityId("deployPlanTasks").list().stream()
                .filter(j -> "1".equals(engine.getRuntimeService()
                        .getVariableLocal(j.getExecutionId(), "deploymentItems"))).findFirst().orElseThrow();
        management.executeJob(first.getId());
        assertThat(planTaskInstances()).isEqualTo(1);
        engine.getRuntimeService().createProcessInstanceModification(plan.instance.getId())
                .startBeforeActivity("deployPlanTasks").setVariableLocal("deploymentItems", "1").execute();
        plan.runJobs();

        assertThat(planTaskInstances()).as("one planTask per assignment").isEqualTo(3);
        assertThat(instancesByAssignment()).hasSize(3);
    }

    /** The driver's plan through every step to the recorded decision; its deployment waits for its job. */
    private PlanDriver issued() {
        PlanDriver plan = new PlanDriver(engine, planId);
        plan.toDecisionRecorded(decision, "2023-12-18");
        return plan;
    }

    private void refuseAssignmentsOfItem(int itemNo) {
        jdbc.sql(("CREATE FUNCTION %s() RETURNS trigger AS $$ BEGIN IF NEW.plan_id = '%s' AND NEW.item_no = %d "
                + "THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                .formatted(trigger, planId, itemNo)).update();
        jdbc.sql("CREATE TRIGGER %s BEFORE INSERT ON cchc_assignment FOR EACH ROW EXECUTE FUNCTION %s()"
                .formatted(trigger, trigger)).update();
    }

    private void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS %s ON cchc_assignment".formatted(trigger)).update();
        jdbc.sql("DROP FUNCTION IF EXISTS %s()".formatted(trigger)).update();
    }

    private Map<String, String> instancesByAssignment() {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("SELECT id, process_instance_id FROM cchc_assignment WHERE plan_id = ?").param(planId)
                .query((rs, n) -> rows.put(rs.getString(1), rs.getString(2))).list();
        return rows;
    }

    private long planTaskInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKeyLike(decision + ":%").count();
    }

    private long newTaskMails() {
        return jdbc.sql("SELECT COUNT(*) FROM cchc_notification WHERE idempotency_key LIKE ?")
                .param("work:newTasks:" + planId + ":%").query(Long.class).single();
    }
}
