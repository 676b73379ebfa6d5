package vn.cchc.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.plan.Assignments;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanAmendments;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.IssuedPlans;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;
import vn.cchc.support.WebappSession;

/**
 * The {@code ldap} profile against a real LDAP server (UnboundID's in-memory directory server, on a free port,
 * loaded with {@code config/ldap-example.ldif}): officials log in with their directory passwords, and their
 * directory groups (agency, role) decide what they see, over HTTP as a user would.
 */
@CchcIntegrationTest
@ActiveProfiles("ldap")
class LdapDirectoryTest {

    private static final String BASE = "dc=vinhlong,dc=gov,dc=vn";
    private static final String OFFICIAL = "nguyen.van.an";
    private static final String OFFICIAL_PASSWORD = "An-stp-2026";
    private static final String HEAD = "tran.thi.binh";
    private static final String HEAD_PASSWORD = "Binh-stp-2026";
    private static final String SPECIALIST = "le.thi.cuc";
    private static final String SPECIALIST_PASSWORD = "Cuc-snv-2026";
    private static final String LEADER = "vo.van.dung";
    private static final String LEADER_PASSWORD = "Dung-ubnd-2026";
    private static final String ADMIN = "quan.tri";
    private static final String ADMIN_PASSWORD = "Quan-tri-2026";

    private static final String ITEMS = """
            [{"task": "Rà soát quy định về thủ tục hành chính", "lead": ["Sở Tư pháp", "Sở Tài chính"],
              "due": "15/03/2024"}]""";

    private static InMemoryDirectoryServer directory;
    /** The engine of the other test contexts of this JVM, which this context's engine replaces while it runs. */
    private static ProcessEngine otherContextsEngine;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanAmendments amendments;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ldapServer(DynamicPropertyRegistry registry) throws Exception {
        otherContextsEngine = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                InetAddress.getLoopbackAddress(), 0, null));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, Path.of("config/ldap-example.ldif").toFile());
        directory.startListening();
        // the environment variables of config/application-ldap.yml, as an operator sets them
        registry.add("CCHC_LDAP_URL", () -> "ldap://127.0.0.1:" + directory.getListenPort());
        registry.add("CCHC_LDAP_MANAGER_DN", () -> "uid=cchc-orchestrator,ou=services," + BASE);
        registry.add("CCHC_LDAP_MANAGER_PASSWORD", () -> "Doc-danh-ba-2026");
        registry.add("CCHC_LDAP_BASE_DN", () -> BASE);
        registry.add("CCHC_LDAP_ADMIN_USER", () -> ADMIN);
    }

    @AfterAll
    static void stopDirectory() {
        // the REST API and the webapps find their engine by name: give it back to the other contexts
        if (otherContextsEngine != null) {
            ProcessEngines.registerProcessEngine(otherContextsEngine);
        }
        directory.shutDown(true);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAgencyOfficialFromTheDirectorySeesOnlyTheirAgencysTasks() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 1, 2, 9, 0, 0, 0, DueDates.ZONE).toInstant()));
        IssuedPlans.IssuedPlan plan = new IssuedPlans(engine, amendments, assignments, jdbc)
                .issue("KH-LDAP", "Kế hoạch CCHC năm 2024 (LDAP)", ITEMS);
        Map<String, String> instanceOf = assignments.ofPlan(plan.id()).stream()
                .collect(Collectors.toMap(Assignments.Assignment::agencyId,
                        Assignments.Assignment::processInstanceId));
        assertThat(instanceOf).containsOnlyKeys("so-tu-phap", "so-tai-chinh");
        for (String instance : instanceOf.values()) {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count())
                    .as("open tasks of " + instance).isPositive();
        }

        RestClient official = RestClient.as(port, OFFICIAL, OFFICIAL_PASSWORD);
        RestClient.Response own = official.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId="
                + instanceOf.get("so-tu-phap"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().size()).isEqualTo(engine.getTaskService().createTaskQuery()
                .processInstanceId(instanceOf.get("so-tu-phap")).count());
        RestClient.Response other = official.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId="
                + instanceOf.get("so-tai-chinh"));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().size()).as("tasks of another agency").isZero();

        // the agency head reads the follow-up of their own agency only
        RestClient.Response followUp = RestClient.as(port, HEAD, HEAD_PASSWORD).get("/plans/" + plan.id() + "/items");
        assertThat(followUp.status()).isEqualTo(200);
        assertThat(followUp.body()).contains("Rà soát quy định", "Chế độ chỉ xem");
        assertThat(official.get("/plans/" + plan.id() + "/items").status()).as("an official").isEqualTo(403);
    }

    @Test
    void aWrongPasswordOrSomeoneOutsideTheDirectoryIsRefused() {
        assertThat(RestClient.as(port, OFFICIAL, OFFICIAL_PASSWORD).get("/engine-rest/task/count").status())
                .isEqualTo(200);
        assertThat(RestClient.as(port, OFFICIAL, "demo").get("/engine-rest/task/count").status()).isEqualTo(401);
        assertThat(RestClient.as(port, OFFICIAL, "").get("/engine-rest/task/count").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "khong.co.ai", OFFICIAL_PASSWORD).get("/engine-rest/task/count").status())
                .isEqualTo(401);
        // a demo user of the database does not log in when the directory is the source of users
        assertThat(RestClient.as(port, "cv.so-tu-phap", "demo").get("/engine-rest/task/count").status())
                .isEqualTo(401);
        assertThat(PageSession.as(port, SPECIALIST, "sai-mat-khau").get("/plans").statusCode()).isEqualTo(401);
    }

    @Test
    void theSnvSpecialistAndTheLeaderOpenThePlanListAndTheOfficialMayNot() throws Exception {
        assertThat(PageSession.as(port, SPECIALIST, SPECIALIST_PASSWORD).get("/plans").statusCode()).isEqualTo(200);
        assertThat(PageSession.as(port, LEADER, LEADER_PASSWORD).get("/plans").statusCode()).isEqualTo(200);
        assertThat(PageSession.as(port, OFFICIAL, OFFICIAL_PASSWORD).get("/plans").statusCode()).isEqualTo(403);

        // the Tasklist login checks the directory password too, and its session opens the pages
        WebappSession tasklist = WebappSession.login(port, SPECIALIST, SPECIALIST_PASSWORD);
        assertThat(tasklist.getApp("/plans").statusCode()).isEqualTo(200);
    }

    @Test
    void theDirectorysAdministratorReadsItsPeopleAndGroups() {
        RestClient admin = RestClient.as(port, ADMIN, ADMIN_PASSWORD);
        RestClient.Response user = admin.get("/engine-rest/user?firstResult=0&maxResults=50&id=" + OFFICIAL);
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().size()).isEqualTo(1);
        assertThat(user.json().get(0).get("firstName").asText()).isEqualTo("Nguyễn Văn");
        assertThat(user.json().get(0).get("email").asText()).isEqualTo("nguyen.van.an@example.vn");

        RestClient.Response groups = admin.get("/engine-rest/group?firstResult=0&maxResults=50&member=" + OFFICIAL);
        assertThat(groups.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode group : groups.json()) {
            ids.add(group.get("id").asText());
        }
        assertThat(ids).containsExactlyInAnyOrder("so-tu-phap", "agency-official");
        assertThat(admin.get("/engine-rest/user/count").json().get("count").asLong()).isEqualTo(5);
    }
}
