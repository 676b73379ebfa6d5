package vn.cchc.web.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a plan of {@code planLifecycle} through the engine API as its users would (each step completed with that
 * user's identity), so a browser test can start where the officials take over.
 */
public final class EnginePlan {

    private static final List<String> SNV_SPECIALIST = List.of("snv-specialist", "so-noi-vu");

    private final ProcessEngine engine;
    private final ProcessInstance instance;
    private final int year;

    private EnginePlan(ProcessEngine engine, ProcessInstance instance, int year) {
        this.engine = engine;
        this.instance = instance;
        this.year = year;
    }

    /** Starts a plan of {@code year} with a readable unique id; its items are drafted by the SNV specialist. */
    public static EnginePlan draft(ProcessEngine engine, String planId, int year, String title,
                                   List<Map<String, Object>> items) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("planLifecycle", planId,
                Map.of("planYear", year, "planTitle", title));
        EnginePlan plan = new EnginePlan(engine, pi, year);
        Map<String, Object> draft = new HashMap<>();
        draft.put("planYear", year);
        draft.put("planTitle", title);
        draft.put("itemsJson", json(items));
        draft.put("commentAgencies", "");
        draft.put("commentDeadline", null);
        plan.complete("draftPlan", "chuyenvien.snv", SNV_SPECIALIST, draft);
        return plan;
    }

    /** Director approves the draft, SNV submits, Văn phòng UBND appraises: the plan waits for the leader. */
    public EnginePlan toLeaderApproval() {
        complete("reviewDraft", "giamdoc.snv", List.of("snv-director", "so-noi-vu"), decision(true));
        complete("submitProposal", "chuyenvien.snv", SNV_SPECIALIST, Map.of("submissionNumber", "778/TTr-SNV",
                "submissionDate", "2026-12-10", "needsLegalAppraisal", false));
        complete("appraiseSubmission", "thamdinh.vp", List.of("appraiser", "van-phong-ubnd"), decision(true));
        return this;
    }

    /**
     * The leader approves, SNV records the decision (signed on 18 December of the year before the plan's, as plans
     * are), and the deployment job starts one planTask per agency.
     */
    public EnginePlan issued(String decisionNumber) {
        toLeaderApproval();
        complete("approvePlan", "chutich.ubnd", List.of("ubnd-leader", "ubnd-tinh"), decision(true));
        complete("issuePlan", "chuyenvien.snv", SNV_SPECIALIST, Map.of("decisionNumber", decisionNumber,
                "decisionDate", (year - 1) + "-12-18", "signer", "Lữ Quang Ngời, Chủ tịch UBND tỉnh"));
        // the deployment step, then one job per item, then one per item's completion (bpmn/plan-lifecycle.bpmn)
        for (String activity : List.of("deployPlanTasks#multiInstanceBody", "deployPlanTasks", "planItemDeployed")) {
            engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                    .executable().list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        return this;
    }

    public String processInstanceId() {
        return instance.getId();
    }

    /** The open user task of the plan itself, or null. */
    public Task currentTask() {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** The open user task of the planTask {@code <decision>:<item>:<agency>}, or null. */
    public Task agencyTask(String decisionNumber, int itemNo, String agencyId) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(decisionNumber + ":" + itemNo + ":" + agencyId).singleResult();
    }

    private void complete(String taskKey, String user, List<String> groups, Map<String, Object> vars) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new AssertionError("Plan " + instance.getBusinessKey() + " is not waiting at " + taskKey);
        }
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), vars);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> decision(boolean approved) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("approved", approved);
        vars.put("comment", null);
        return vars;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
