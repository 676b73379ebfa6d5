package vn.cchc.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.support.CchcIntegrationTest;

/** The agency directory becomes Camunda groups and demo users, idempotently, without losing anyone's tasks. */
@CchcIntegrationTest
class IdentitySyncTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AgencyDirectory directory;
    @Autowired
    IdentityStartup startup;

    @Test
    void everyAgencyIsAGroupWithAnOfficialAndAHead() {
        assertThat(directory.all()).hasSizeGreaterThan(30);
        for (Agency agency : directory.all()) {
            Group group = engine.getIdentityService().createGroupQuery().groupId(agency.id()).singleResult();
            assertThat(group).as(agency.id()).isNotNull();
            assertThat(group.getName()).isEqualTo(agency.name());
            assertThat(group.getType()).isEqualTo(agency.agencyClass().code());
            assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(agency.id()).userId("cv." + agency.id())
                    .count()).as("official of " + agency.id()).isEqualTo(1);
            assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("agency-head")
                    .userId("ld." + agency.id()).count()).as("head of " + agency.id()).isEqualTo(1);
        }
        assertThat(engine.getIdentityService().checkPassword("cv.so-tu-phap", "demo")).isTrue();
    }

    @Test
    void runningTheStartupAgainChangesNothing() throws Exception {
        long groups = engine.getIdentityService().createGroupQuery().count();
        long users = engine.getIdentityService().createUserQuery().count();
        long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
        long filters = engine.getFilterService().createFilterQuery().count();

        startup.run(null);

        assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
        assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void anAgencyRemovedFromTheDirectoryIsRetiredAndKeepsItsOpenTasks() {
        Map<String, Object> vars = new HashMap<>(Map.of("agencyId", "bao-vinh-long", "planId", "KH-ID",
                "taskText", "Tuyên truyền CCHC"));
        vars.put("dueDate", null);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("planTask", vars).getId();

        List<Agency> without = directory.all().stream().filter(a -> !a.id().equals("bao-vinh-long")).toList();
        AgencyGroupSync shrunk = new AgencyGroupSync(engine.getIdentityService(), engine.getTaskService(),
                new AgencyDirectory(without));
        try {
            shrunk.synchronise();
            Group retired = engine.getIdentityService().createGroupQuery().groupId("bao-vinh-long").singleResult();
            assertThat(retired.getType()).isEqualTo(AgencyGroupSync.RETIRED_TYPE);
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                    .taskCandidateGroup("bao-vinh-long").count()).isEqualTo(1);
            assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("bao-vinh-long").count())
                    .isEqualTo(2);
        } finally {
            new AgencyGroupSync(engine.getIdentityService(), engine.getTaskService(), directory).synchronise();
            engine.getRuntimeService().deleteProcessInstance(instance, "test cleanup");
        }
        assertThat(engine.getIdentityService().createGroupQuery().groupId("bao-vinh-long").singleResult().getType())
                .isEqualTo("khac");
    }
}
