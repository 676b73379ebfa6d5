package vn.cchc.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives a plan through its lifecycle as the demo users would, task by task, with their identities. */
final class PlanDriver {

    static final List<Map<String, Object>> TWO_ITEMS = List.of(
            Map.of("task", "Ban hành Kế hoạch kiểm tra công tác CCHC năm 2024", "lead", "Sở Nội vụ",
                    "product", "Kế hoạch", "due", "Quý I/2024"),
            Map.of("task", "Rà soát, đánh giá thủ tục hành chính", "lead", List.of("Sở Tư pháp", "Văn phòng UBND tỉnh"),
                    "coordinators", "Các sở, ban, ngành tỉnh", "product", "Báo cáo", "due", "2024-06-30"));

    private final ProcessEngine engine;
    final ProcessInstance instance;

    PlanDriver(ProcessEngine engine, String planId) {
        this.engine = engine;
        this.instance = engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024"));
    }

    /** Drives an instance already started (e.g. on an earlier version of the process). */
    PlanDriver(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Map<String, Object> draft(String commentAgencies, String commentDeadline) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PlanVariables.PLAN_YEAR, 2024);
        vars.put(PlanVariables.PLAN_TITLE, "Kế hoạch cải cách hành chính năm 2024");
        vars.put(PlanVariables.ITEMS_JSON, json(TWO_ITEMS));
        vars.put(PlanVariables.COMMENT_AGENCIES, commentAgencies);
        vars.put(PlanVariables.COMMENT_DEADLINE, commentDeadline);
        return vars;
    }

    static Map<String, Object> decision(boolean approved, String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PlanVariables.APPROVED, approved);
        vars.put(PlanVariables.COMMENT, comment);
        return vars;
    }

    /** Completes the current task {@code taskKey} as {@code user} (member of {@code groups}). */
    void complete(String taskKey, String user, List<String> groups, Map<String, Object> vars) {
        assertThat(instance).isWaitingAt(taskKey);
        Task task = task(taskKey, instance);
        complete(task, user, groups, vars);
    }

    void complete(Task task, String user, List<String> groups, Map<String, Object> vars) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), vars);
        } finally {
            identity.clearAuthentication();
        }
    }

    void draftWithoutComments() {
        complete("draftPlan", "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"), draft("", null));
    }

    void directorApproves() {
        complete("reviewDraft", "giamdoc.snv", List.of("snv-director", "so-noi-vu"), decision(true, null));
    }

    void submit(boolean legal) {
        complete("submitProposal", "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"),
                Map.of(PlanVariables.SUBMISSION_NUMBER, "778/TTr-SNV", PlanVariables.SUBMISSION_DATE, "2023-12-10",
                        PlanVariables.NEEDS_LEGAL_APPRAISAL, legal));
    }

    void appraisal(boolean approved, String comment) {
        complete("appraiseSubmission", "thamdinh.vp", List.of("appraiser", "van-phong-ubnd"),
                decision(approved, comment));
    }

    void leader(boolean approved, String comment) {
        complete("approvePlan", "chutich.ubnd", List.of("ubnd-leader", "ubnd-tinh"), decision(approved, comment));
    }

    void issue(String decisionNumber) {
        issue(decisionNumber, "2023-12-18");
    }

    void issue(String decisionNumber, String decisionDate) {
        complete("issuePlan", "chuyenvien.snv", List.of("snv-specialist", "so-noi-vu"),
                Map.of(PlanVariables.DECISION_NUMBER, decisionNumber, PlanVariables.DECISION_DATE, decisionDate,
                        PlanVariables.SIGNER, "Lữ Quang Ngời, Chủ tịch UBND tỉnh"));
    }

    /** Runs the plan's due jobs, and the ones they create, as the job executor would (it is off in tests). */
    void runJobs() {
        for (int round = 0; round < 10; round++) {
            var jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    void toIssued(String decisionNumber) {
        toIssued(decisionNumber, "2023-12-18");
    }

    /** Through every step to issuance under a decision signed on {@code decisionDate} (ISO), then deployment. */
    void toIssued(String decisionNumber, String decisionDate) {
        toDecisionRecorded(decisionNumber, decisionDate);
        runJobs();
    }

    /** Through every step to the recorded decision; the deployment waits for its job. */
    void toDecisionRecorded(String decisionNumber, String decisionDate) {
        draftWithoutComments();
        directorApproves();
        submit(false);
        appraisal(true, null);
        leader(true, null);
        issue(decisionNumber, decisionDate);
    }
}
