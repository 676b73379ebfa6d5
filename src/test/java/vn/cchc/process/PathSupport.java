package vn.cchc.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/** What the path tests share: the open task of a step, its candidates, completing it, the follow-ups called. */
final class PathSupport {

    private PathSupport() {
    }

    /** The one open task of {@code key} in the instance; fails the test when there is none. */
    static Task task(ProcessEngine engine, String processInstanceId, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    static void complete(ProcessEngine engine, Task task, Map<String, Object> vars) {
        engine.getTaskService().complete(task.getId(), vars);
    }

    /** The {@code followUp} instances the instance has called and that are still running. */
    static long followUpsOf(ProcessEngine engine, String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("followUp")
                .superProcessInstanceId(processInstanceId).count();
    }

    /**
     * Test doubles of the follow-up's beans for the processes that call it: one alert planned a month ahead, never
     * due in these tests, so a follow-up stays running beside its step until the step ends it.
     */
    static void followUpWaits() {
        Mocks.register("followUpPlanning", (JavaDelegate) execution -> execution.setVariable("nextAlert", "X"));
        Mocks.register("followUpTime", new Later());
        Mocks.register("followUpLadderStep", (ExecutionListener) execution -> { });
        Mocks.register("followUpDispatch", (JavaDelegate) execution -> { });
    }

    /** A timer date a month from now. */
    public static final class Later {
        public Date of(DelegateExecution timer) {
            return new Date(System.currentTimeMillis() + 86_400_000L * 30);
        }
    }
}
