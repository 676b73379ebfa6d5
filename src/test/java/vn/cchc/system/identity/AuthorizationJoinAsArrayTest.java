package vn.cchc.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;

/**
 * The engine's authorization join on PostgreSQL is written as {@code = ANY(ARRAY[...])} and the indexes that let
 * PostgreSQL check the grants inside them exist (V11, V16); the engine's queries that use the join, of every kind the
 * application's users make, still run as an authenticated official (a syntax error would throw). What each user may
 * see is checked by the isolation tests (TasklistFiltersTest, RestSecurityTest).
 */
@CchcIntegrationTest
class AuthorizationJoinAsArrayTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        identityService.clearAuthentication();
    }

    @Test
    void theEngineJoinsGrantsWithAnArrayOnPostgresql() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
        assertThat(configuration.getSqlSessionFactory().getConfiguration().getVariables())
                .containsEntry("authJoinStart", AuthorizationJoinAsArray.START)
                .containsEntry("authJoinSeparator", AuthorizationJoinAsArray.SEPARATOR)
                .containsEntry("authJoinEnd", AuthorizationJoinAsArray.END);
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = ?", String.class,
                "cchc_idx_auth_resource_check")).contains("(resource_id_, resource_type_)")
                .contains("INCLUDE (type_, group_id_, user_id_, perms_)");
        // V16: the task query's grants (tasks, definitions) in an index of their own, pages kept all-visible
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = ?", String.class,
                "cchc_idx_auth_task_check")).contains("(resource_id_)")
                .contains("INCLUDE (resource_type_, type_, group_id_, user_id_, perms_)")
                .contains("WHERE (resource_type_ = ANY (ARRAY[6, 7]))");
        assertThat(jdbc.queryForList("SELECT unnest(reloptions) FROM pg_class WHERE relname = 'act_ru_authorization'",
                String.class)).contains("vacuum_index_cleanup=on");
    }

    @Test
    void queriesWithAuthorizationChecksFindTheAgencysOwnAndRun() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("planId", "JOIN-TEST");
        vars.put("planTitle", "Kế hoạch CCHC năm 2024");
        vars.put("agencyId", "so-tu-phap");
        vars.put("agencyName", "so-tu-phap");
        vars.put("taskText", "Rà soát thủ tục hành chính");
        vars.put("deadlineText", "2024-06-28");
        vars.put("dueDate", Date.from(LocalDate.of(2024, 6, 28).atTime(23, 59, 59)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        String instance = runtimeService.createProcessInstanceByKey("planTask")
                .businessKey("JOIN-TEST:" + System.nanoTime()).setVariables(vars).execute().getId();

        identityService.setAuthentication("cv.so-tu-phap", List.of("so-tu-phap", "agency-official"));
        // the official's own task and its card variables are found through the rewritten join
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("so-tu-phap")
                .includeAssignedTasks().count()).isEqualTo(1);
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
                .variableName("planTitle").count()).isEqualTo(1);
        identityService.setAuthentication("cv.so-noi-vu", List.of("so-noi-vu", "agency-official"));
        // and not by another agency's official
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).count()).isZero();
        // every other kind of query that uses the join still runs (a syntax error would throw)
        assertThat(taskService.createTaskQuery().listPage(0, 50)).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isNotNegative();
        assertThat(runtimeService.createExecutionQuery().count()).isNotNegative();
        assertThat(runtimeService.createIncidentQuery().count()).isNotNegative();
        assertThat(runtimeService.createEventSubscriptionQuery().count()).isNotNegative();
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isNotNegative();
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).isNotNegative();
        assertThat(managementService.createJobQuery().count()).isNotNegative();
        assertThat(managementService.createJobDefinitionQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricTaskInstanceQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricActivityInstanceQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricVariableInstanceQuery().count()).isNotNegative();
        assertThat(historyService.createUserOperationLogQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricIdentityLinkLogQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricIncidentQuery().count()).isNotNegative();
        assertThat(historyService.createHistoricJobLogQuery().count()).isNotNegative();
        assertThat(engine.getExternalTaskService().createExternalTaskQuery().count()).isNotNegative();
    }
}
