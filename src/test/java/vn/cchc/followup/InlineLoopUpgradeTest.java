package vn.cchc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;

/**
 * An installation upgraded while plan tasks are running: an instance of the {@code planTask} version that drew the
 * ladder inline ({@code alertLoop}, test resource {@code bpmn-previous/plan-task-inline-loop.bpmn}) is moved to the
 * version that calls {@code followUp}, keeps its open task and gets its follow-up, planned from now.
 */
@CchcIntegrationTest
class InlineLoopUpgradeTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InlineLoopUpgrade upgrade;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void deploy(String name, String planTaskResource) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name)
                .addClasspathResource("bpmn/forms/execute-task.form")
                .addClasspathResource("bpmn/forms/accept-result.form");
        deployment.addInputStream("plan-task.bpmn", getClass().getClassLoader().getResourceAsStream(planTaskResource));
        deployment.deploy();
    }

    @Test
    void aTaskOfTheInlineLoopVersionIsMovedToTheFollowUpCall() {
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        deploy("planTask with the inline loop", "bpmn-previous/plan-task-inline-loop.bpmn");
        TaskFixture plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
        ProcessInstance pi = plan.start(1, "so-tu-phap", "Sở Tư pháp", "Rà soát thủ tục hành chính", "Quý I/2024",
                LocalDate.of(2024, 4, 1));
        String oldDefinition = pi.getProcessDefinitionId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        deploy("planTask calling followUp", "bpmn/plan-task.bpmn"); // the release that removed the loop

        assertThat(upgrade.upgrade()).isGreaterThanOrEqualTo(1);

        ProcessInstance moved = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(moved.getProcessDefinitionId()).isNotEqualTo(oldDefinition);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId())
                .as("the agency keeps its open task").isEqualTo(task);
        plan.runDueJobs(pi);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .processDefinitionKey(FollowUpVariables.PROCESS_KEY).count()).isOne();
        assertThat(plan.nextTimer(pi)).isEqualTo(at(2024, 3, 18, 8, 0));
        assertThat(upgrade.upgrade()).as("nothing left to move").isZero();
    }
}
