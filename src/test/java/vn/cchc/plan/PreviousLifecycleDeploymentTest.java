package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A plan drafted on the lifecycle of 2026-12-06 and earlier (its deployment one job calling {@code ${deployPlanTasks}},
 * test resource {@code bpmn-previous/plan-lifecycle-one-deployment-job.bpmn}) and issued after the upgrade is
 * deployed as it was then: every assignment once, the agencies' mails, then the reporting calendar.
 */
@CchcIntegrationTest
class PreviousLifecycleDeploymentTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void current() throws IOException {
        ClockUtil.reset();
        // the current lifecycle is the latest version again for the other tests
        deploy("planLifecycle (current)", "bpmn/plan-lifecycle.bpmn", Path.of("bpmn/plan-lifecycle.bpmn"));
    }

    @Test
    void aPlanOfThePreviousLifecycleIsDeployedWhenIssuedAfterTheUpgrade() throws IOException {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(PlanLifecycleProcessTest.at(2023, 12, 1));
        String definition = deploy("planLifecycle of 2026-12-06", "plan-lifecycle.bpmn",
                Path.of("src/test/resources/bpmn-previous/plan-lifecycle-one-deployment-job.bpmn"));
        long n = System.nanoTime();
        String planId = "KH-PREV-" + n;
        String decision = n + "/QĐ-UBND";
        ProcessInstance old = engine.getRuntimeService().createProcessInstanceById(definition).businessKey(planId)
                .setVariables(Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE,
                        "Kế hoạch CCHC năm 2024")).execute();
        new PlanDriver(engine, old).toDecisionRecorded(decision, "2023-12-18");
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(old.getId()).singleResult().getId());

        assertThat(jdbc.sql("SELECT id FROM cchc_assignment WHERE plan_id = ?").param(planId).query(String.class)
                .list()).containsExactlyInAnyOrder(decision + ":1:so-noi-vu", decision + ":2:so-tu-phap",
                decision + ":2:van-phong-ubnd");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("planTask")
                .processInstanceBusinessKeyLike(decision + ":%").count()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT agency_id) FROM cchc_notification WHERE idempotency_key LIKE ?")
                .param("work:newTasks:" + planId + ":%").query(Long.class).single()).isEqualTo(3);
        BpmnAwareTests.assertThat(old).isWaitingAt("createReportingCalendar");
    }

    /** Deploys the lifecycle with the forms it binds to its own deployment; returns the new definition's id. */
    private String deploy(String name, String resourceName, Path bpmn) throws IOException {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name)
                .addString(resourceName, Files.readString(bpmn));
        try (var forms = Files.list(Path.of("bpmn/forms"))) {
            for (Path form : forms.toList()) {
                deployment.addString("forms/" + form.getFileName(), Files.readString(form));
            }
        }
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deployment.deploy().getId()).processDefinitionKey(PlanVariables.PROCESS_KEY)
                .singleResult().getId();
    }
}
