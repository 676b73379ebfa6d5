package vn.cchc.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.process.PathSupport.candidateGroups;
import static vn.cchc.process.PathSupport.complete;
import static vn.cchc.process.PathSupport.followUpsOf;
import static vn.cchc.process.PathSupport.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code planLifecycle} (bpmn/plan-lifecycle.bpmn) with its delegates replaced: every "return" of the
 * draft (SNV director, appraisal, legal appraisal, UBND leader) goes back to drafting; comments are collected per
 * agency, each with its follow-up, until all have commented or the deadline closes the stage; issuance runs
 * deployment, the reporting calendar, the year-end statistics, PAR and the review in that order. What each step does
 * is tested on the application ({@code vn.cchc.plan.*Test}, {@code PlanLifecycleTest}).
 */
class PlanLifecyclePathTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();
    private List<String> commentAgencies = List.of();
    private final List<String> commentRequests = new ArrayList<>();

    @BeforeEach
    void delegates() {
        engine = engineExtension.getProcessEngine();
        TaskListener quiet = task -> { };
        Mocks.register("planRegistration", (ExecutionListener) execution -> calls.add("registered"));
        Mocks.register("draftCompletion", (TaskListener) task -> task.setVariable("commentAgencies", commentAgencies));
        Mocks.register("reviewDecided", quiet);
        Mocks.register("commentRequest", (TaskListener) task -> commentRequests.add(task.getTaskDefinitionKey()));
        Mocks.register("planReturned", (ExecutionListener) execution -> calls.add("returned"));
        Mocks.register("planComments", new Comments());
        Mocks.register("commentRecorder", (TaskListener) task -> calls.add("comment " + task.getVariable(
                "commentAgencyId")));
        Mocks.register("missingComments", (ExecutionListener) execution -> calls.add("missing comments"));
        Mocks.register("submissionRecorder", quiet);
        Mocks.register("planApproved", (ExecutionListener) execution -> calls.add("approved"));
        Mocks.register("issuanceRecorder", (TaskListener) task -> calls.add("issued"));
        Mocks.register("deploymentItems", new Items());
        Mocks.register("deployPlanItems", (JavaDelegate) execution -> calls.add("deployed "
                + execution.getVariable("deploymentItems")));
        Mocks.register("newTaskNotices", (JavaDelegate) execution -> calls.add("notified"));
        Mocks.register("createReportingCalendar", (JavaDelegate) execution -> calls.add("calendar"));
        Mocks.register("yearEndStatistics", (JavaDelegate) execution -> calls.add("statistics"));
        Mocks.register("startParIndex", (JavaDelegate) execution -> calls.add("par"));
        Mocks.register("yearEndClosure", (ExecutionListener) execution -> calls.add("closed"));
        PathSupport.followUpWaits();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    public final class Comments {
        public List<String> agencies(DelegateExecution execution) {
            return commentAgencies;
        }
    }


    @Test
    @Deployment(resources = {"bpmn/plan-lifecycle.bpmn", "bpmn/follow-up.bpmn"})
    void everyReturnGoesBackToDraftingAndTheApprovedPlanIsIssuedDeployedAndClosedAtYearEnd() {
        ProcessInstance pi = start();
        assertThat(calls).containsExactly("registered");

        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "submitProposal"), Map.of("needsLegalAppraisal", true));
        assertThat(candidateGroups(engine, task(engine, pi.getId(), "appraiseSubmission")))
                .containsExactly("so-noi-vu-tham-dinh");
        complete(engine, task(engine, pi.getId(), "appraiseSubmission"), Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "submitProposal"), Map.of("needsLegalAppraisal", true));
        complete(engine, task(engine, pi.getId(), "appraiseSubmission"), Map.of("approved", true));
        assertThat(candidateGroups(engine, task(engine, pi.getId(), "legalAppraisal"))).containsExactly("so-tu-phap");
        complete(engine, task(engine, pi.getId(), "legalAppraisal"), Map.of("approved", false));
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "submitProposal"), Map.of("needsLegalAppraisal", false));
        complete(engine, task(engine, pi.getId(), "appraiseSubmission"), Map.of("approved", true));
        assertThat(candidateGroups(engine, task(engine, pi.getId(), "approvePlan"))).containsExactly("ubnd-leader");
        complete(engine, task(engine, pi.getId(), "approvePlan"), Map.of("approved", false));
        assertThat(calls).containsExactly("registered", "returned", "returned", "returned", "returned");
        assertThat(commentRequests).as("the director's review asks for comments, no other review does")
                .containsOnly("reviewDraft").hasSize(4);

        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "submitProposal"), Map.of("needsLegalAppraisal", false));
        complete(engine, task(engine, pi.getId(), "appraiseSubmission"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "approvePlan"), Map.of("approved", true));
        complete(engine, task(engine, pi.getId(), "issuePlan"), Map.of());
        assertThat(calls).endsWith("approved", "issued");
        assertThat(calls).noneMatch(c -> c.startsWith("deployed"));

        // one asynchronous job per group of items, then one per group's completion; the notices once every group is
        // deployed
        assertThat(Jobs.runAt(engine, pi, "deployPlanTasks#multiInstanceBody")).isEqualTo(1);
        assertThat(Jobs.runAt(engine, pi, "deployPlanTasks")).isEqualTo(2);
        assertThat(calls.subList(calls.size() - 2, calls.size())).containsExactlyInAnyOrder("deployed 1,3",
                "deployed 2");
        assertThat(Jobs.runAt(engine, pi, "planItemDeployed")).isEqualTo(2);
        Jobs.run(engine, pi, "createReportingCalendar");
        Jobs.run(engine, pi, "yearEndReached");
        Jobs.run(engine, pi, "computeYearEndStatistics");
        complete(engine, task(engine, pi.getId(), "yearEndReview"), Map.of());

        assertThat(calls).endsWith("notified", "calendar", "statistics", "par", "closed");
        assertThat(calls.subList(calls.size() - 9, calls.size() - 5)).startsWith("approved", "issued")
                .contains("deployed 1,3", "deployed 2");
        assertThat(Jobs.ended(engine, pi)).isTrue();
    }

    @Test
    @Deployment(resources = {"bpmn/plan-lifecycle.bpmn", "bpmn/follow-up.bpmn"})
    void commentsAreCollectedFromEachAgencyWithItsOwnFollowUpUntilAllHaveCommented() {
        commentAgencies = List.of("so-y-te", "so-tu-phap");
        ProcessInstance pi = start();
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));

        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("collectComments").list();
        assertThat(open).hasSize(2).allSatisfy(t -> assertThat(candidateGroups(engine, t)).hasSize(1));
        assertThat(open.stream().flatMap(t -> candidateGroups(engine, t).stream()))
                .containsExactlyInAnyOrder("so-y-te", "so-tu-phap");
        assertThat(followUpsOf(engine, pi.getId())).as("entered asynchronously").isZero();
        assertThat(Jobs.runAt(engine, pi, "commentAlerts")).isEqualTo(2);
        assertThat(followUpsOf(engine, pi.getId())).isEqualTo(2);

        engine.getTaskService().complete(open.get(0).getId());
        assertThat(followUpsOf(engine, pi.getId())).as("the agency that commented is no longer followed up")
                .isEqualTo(1);
        engine.getTaskService().complete(open.get(1).getId());

        assertThat(followUpsOf(engine, pi.getId())).isZero();
        assertThat(task(engine, pi.getId(), "submitProposal")).isNotNull();
        assertThat(calls).contains("comment so-y-te", "comment so-tu-phap").doesNotContain("missing comments");
    }

    @Test
    @Deployment(resources = {"bpmn/plan-lifecycle.bpmn", "bpmn/follow-up.bpmn"})
    void theCommentDeadlineClosesTheStageForAgenciesThatHaveNotCommented() {
        commentAgencies = List.of("so-y-te", "so-tu-phap");
        ProcessInstance pi = start();
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("collectComments").taskCandidateGroup("so-y-te").singleResult().getId());

        Jobs.run(engine, pi, "commentDeadlinePassed");

        assertThat(calls).contains("comment so-y-te", "missing comments");
        assertThat(followUpsOf(engine, pi.getId())).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("collectComments").count()).isZero();
        assertThat(task(engine, pi.getId(), "submitProposal")).isNotNull();
    }

    @Test
    @Deployment(resources = {"bpmn/plan-lifecycle.bpmn", "bpmn/follow-up.bpmn"})
    void withoutAgenciesToConsultTheDraftGoesStraightToTheProposal() {
        ProcessInstance pi = start();
        complete(engine, task(engine, pi.getId(), "draftPlan"), Map.of());
        complete(engine, task(engine, pi.getId(), "reviewDraft"), Map.of("approved", true));

        assertThat(followUpsOf(engine, pi.getId())).isZero();
        assertThat(task(engine, pi.getId(), "submitProposal")).isNotNull();
    }

    private ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("planId", "KH-1");
        vars.put("planTitle", "Kế hoạch CCHC năm 2026");
        vars.put("appraiserGroup", "so-noi-vu-tham-dinh");
        vars.put("legalAppraiserGroup", "so-tu-phap");
        vars.put("commentDeadlineAt", new Date(System.currentTimeMillis() + 86_400_000L * 7));
        vars.put("yearEndReviewAt", new Date());
        return engine.getRuntimeService().startProcessInstanceByKey("planLifecycle", "KH-1", vars);
    }





    /** The plan's items, as the deployment's multi-instance reads them. */
    public static class Items {
        public List<String> of(String planId) {
            return List.of("1,3", "2");
        }
    }
}
