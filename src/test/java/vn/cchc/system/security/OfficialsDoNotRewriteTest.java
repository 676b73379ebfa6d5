package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * An agency's official may claim and complete their task with what its form asks for, and nothing else: no new
 * due date, no other agency as candidate, no process variable rewritten — by any REST call.
 */
@CchcIntegrationTest
class OfficialsDoNotRewriteTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private static final java.util.Date MARCH_31 = java.util.Date.from(LocalDate.of(2030, 3, 31)
            .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());

    private Task task;
    private RestClient official;

    @BeforeEach
    void aTaskOfSoTuPhapDueInMarch() {
        String key = "rewrite-" + System.nanoTime();
        Map<String, Object> vars = new HashMap<>(Map.of("agencyId", "so-tu-phap", "planId", "KH-SEC",
                "taskText", "Rà soát văn bản", "dueDate", MARCH_31));
        engine.getRuntimeService().startProcessInstanceByKey("planTask", key, vars);
        task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
        official = RestClient.as(port, "cv.so-tu-phap");
    }

    @Test
    void theCandidateGroupMayWorkOnTheTaskButNotUpdateIt() {
        List<String> groups = List.of("so-tu-phap", "agency-official");
        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized("cv.so-tu-phap", groups, TaskPermissions.TASK_WORK,
                Resources.TASK, task.getId())).isTrue();
        assertThat(authorizations.isUserAuthorized("cv.so-tu-phap", groups, Permissions.UPDATE, Resources.TASK,
                task.getId())).isFalse();
    }

    @Test
    void noNewDueDateNoOtherCandidateNoVariableWrite() {
        String path = "/engine-rest/task/" + task.getId();
        assertThat(official.put(path, Map.of("name", task.getName(), "due", "2031-01-01T00:00:00.000+0700"))
                .status()).isEqualTo(403);
        assertThat(official.post(path + "/identity-links", Map.of("groupId", "so-tai-chinh", "type", "candidate"))
                .status()).isEqualTo(403);
        assertThat(official.post(path + "/variables", Map.of("modifications",
                Map.of("dueDate", Map.of("value", "2031-01-01", "type", "String")))).status()).isEqualTo(403);
        assertThat(official.put(path + "/variables/dueDate", Map.of("value", "2031-01-01", "type", "String"))
                .status()).isEqualTo(403);
        assertThat(official.put("/engine-rest/process-instance/" + task.getProcessInstanceId()
                + "/variables/agencyId", Map.of("value", "so-tai-chinh", "type", "String")).status()).isEqualTo(403);

        RestClient.Response sneaky = official.post(path + "/complete", Map.of("variables", Map.of(
                "productReference", Map.of("value", "Báo cáo số 1"),
                "dueDate", Map.of("value", "2031-01-01", "type", "String"))));
        assertThat(sneaky.status()).isEqualTo(403);
        assertThat(sneaky.body()).contains("dueDate");
        assertThat(official.post(path + "/submit-form", Map.of("variables", Map.of(
                "agencyId", Map.of("value", "so-tai-chinh")))).status()).isEqualTo(403);

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        Map<String, Object> vars = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
        assertThat(vars).containsEntry("agencyId", "so-tu-phap");
        assertThat(vars.get("dueDate")).isEqualTo(MARCH_31);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .noneMatch(link -> "so-tai-chinh".equals(link.getGroupId()));
    }

    @Test
    void completingWithTheFormsFieldsStillWorks() {
        assertThat(official.post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of(
                "productReference", Map.of("value", "Báo cáo số 5/BC-STP"),
                "productNote", Map.of("value", "Đã gửi bản giấy")))).status()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "productReference"))
                .isEqualTo("Báo cáo số 5/BC-STP");
    }

    /** A text longer than the engine's column was a database error at the commit (500, the input lost). */
    @Test
    void aFieldLongerThanTheEngineKeepsIsRefusedByNameAndTheTaskStaysOpen() {
        String note = "Đã triển khai. ".repeat(300); // 4,500 characters
        RestClient.Response refused = official.post("/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Map.of("productReference", Map.of("value", "Báo cáo số 6/BC-STP"),
                        "productNote", Map.of("value", note))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("Ghi chú kết quả thực hiện: dài 4500 ký tự, "
                + "vượt giới hạn 4000 ký tự của một ô; hãy tóm tắt, văn bản dài hãy đính kèm tệp.");
        assertThat(refused.json().get("field").asText()).isEqualTo("productNote");
        assertThat(refused.json().at("/refusal/code").asText()).isEqualTo("engine.textTooLong");
        assertThat(refused.body()).doesNotContain("value too long").doesNotContain("ENGINE-");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "productReference")).isNull();
    }

    /**
     * A BPMN error thrown at the task through the REST API ended the task's execution (no process catches one): the
     * task left the Tasklist, its assignment never reported, and the variables it carried skipped the form.
     */
    @Test
    void noErrorEscalationOrResolveThrownAtTheTask() {
        String path = "/engine-rest/task/" + task.getId();
        Map<String, Object> newDue = Map.of("dueDate", Map.of("value", "2031-01-01T00:00:00.000+0700",
                "type", "Date"));
        RestClient.Response error = official.post(path + "/bpmnError", Map.of("errorCode", "xong",
                "variables", newDue));
        assertThat(error.status()).as(error.body()).isEqualTo(403);
        assertThat(error.json().get("message").asText()).startsWith("Quy trình không nhận báo lỗi hay đề nghị "
                + "vượt cấp gửi thẳng từ công việc.");
        RestClient.Response escalation = official.post(path + "/bpmnEscalation", Map.of("escalationCode", "len",
                "variables", newDue));
        assertThat(escalation.status()).as(escalation.body()).isEqualTo(403);
        assertThat(escalation.body()).doesNotContain("ENGINE-");

        assertThat(official.post(path + "/claim", Map.of("userId", "cv.so-tu-phap")).status()).isEqualTo(204);
        RestClient.Response resolve = official.post(path + "/resolve", Map.of());
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(403);
        assertThat(resolve.json().get("message").asText()).startsWith("Công việc không được ủy quyền");

        Task still = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isEqualTo("cv.so-tu-phap");
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "dueDate")).isEqualTo(MARCH_31);
    }

    /** Not even the application's own code (or an administrator) ends a task by an error nothing catches. */
    @Test
    void anErrorNothingCatchesFailsInsteadOfEndingTheTask() {
        assertThatThrownBy(() -> engine.getTaskService().handleBpmnError(task.getId(), "xong"))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
                .hasMessageContaining("Propagation of bpmn error xong failed");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    /**
     * Starting a plan (SNV's specialists) covered starting it at any step: at the leader's approval, past drafting
     * and appraisal, with variables no start form asks for and without the processes' listeners.
     */
    @Test
    void aPlanStartsAtItsStartOnly() {
        RestClient specialist = RestClient.as(port, "chuyenvien.snv");
        String key = "mid-start-" + System.nanoTime();
        RestClient.Response midway = specialist.post("/engine-rest/process-definition/key/planLifecycle/start",
                Map.of("businessKey", key, "skipCustomListeners", true,
                        "variables", Map.of("planYear", Map.of("value", 2030, "type", "Integer")),
                        "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", "approvePlan"))));

        assertThat(midway.status()).as(midway.body()).isEqualTo(403);
        assertThat(midway.json().get("message").asText()).startsWith("Quy trình chỉ được bắt đầu từ bước đầu tiên");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isZero();
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("planLifecycle").latestVersion().singleResult().getId();
        RestClient.Response restart = specialist.post("/engine-rest/process-definition/" + definition + "/restart",
                Map.of("processInstanceIds", List.of("any"), "instructions", List.of(Map.of(
                        "type", "startBeforeActivity", "activityId", "issuePlan"))));
        assertThat(restart.status()).as(restart.body()).isEqualTo(403);
        assertThat(restart.json().get("message").asText()).startsWith("Quy trình chỉ được bắt đầu từ bước đầu tiên");
    }

    /**
     * A claim named any user: an official handed their task to another agency's user, who could then read it and
     * its variables, or took a colleague's claim back to nobody.
     */
    @Test
    void anOfficialClaimsForThemselfOnly() {
        String path = "/engine-rest/task/" + task.getId();
        RestClient.Response forOther = official.post(path + "/claim", Map.of("userId", "cv.so-tai-chinh"));
        assertThat(forOther.status()).as(forOther.body()).isEqualTo(403);
        assertThat(forOther.json().get("message").asText()).startsWith("Mỗi người chỉ nhận việc cho chính mình.");
        RestClient stranger = RestClient.as(port, "cv.so-tai-chinh");
        assertThat(stranger.get(path + "/variables").status()).isIn(403, 404);

        assertThat(official.post(path + "/claim", Map.of("userId", "cv.so-tu-phap")).status()).isEqualTo(204);
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("userId", null);
        assertThat(official.post(path + "/claim", nobody).status()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("cv.so-tu-phap");
    }

    /** A field the form asks for took any type through the REST API: bytes in "Văn bản / sản phẩm" passed. */
    @Test
    void aFieldOfTheFormTakesPlainValuesOnly() {
        RestClient.Response refused = official.post("/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Map.of("productReference", Map.of("value", "AAAA", "type", "Bytes"),
                        "productNote", Map.of("value", "Đã gửi"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("Các trường của biểu mẫu chỉ nhận chữ, số, "
                + "ngày hoặc đúng/sai; giá trị kiểu khác (tệp, dãy byte, đối tượng) không được nhận: productReference.");
        assertThat(refused.json().at("/refusal/code").asText()).isEqualTo("security.fieldNotPlain");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "productReference")).isNull();
    }

    /** Submitting a task already done, or asking for its form, was a 500 (the form: the engine's own crash). */
    @Test
    void aTaskAlreadyDoneIsNotFound() {
        String path = "/engine-rest/task/" + task.getId();
        Map<String, Object> result = Map.of("variables", Map.of("productReference", Map.of("value", "Báo cáo 7")));
        assertThat(official.post(path + "/submit-form", result).status()).isEqualTo(204);

        RestClient.Response again = official.post(path + "/submit-form", result);
        assertThat(again.status()).as(again.body()).isEqualTo(404);
        assertThat(again.json().get("message").asText()).startsWith("Không tìm thấy công việc này");
        RestClient.Response form = official.get(path + "/deployed-form");
        assertThat(form.status()).as(form.body()).isEqualTo(404);
        assertThat(form.json().get("message").asText()).startsWith("Không tìm thấy công việc này");
    }
}
