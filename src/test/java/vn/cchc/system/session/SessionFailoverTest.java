package vn.cchc.system.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.CchcApplication;
import vn.cchc.support.EmbeddedPostgresInitializer;
import vn.cchc.support.WebappSession;

/**
 * Two nodes of the application on one PostgreSQL, as behind a load balancer: a user logs in to the Tasklist and
 * opens a page on node A; node A is shut down; the same browser (its cookies) goes on working on node B, which never
 * saw it before: the Tasklist's task list, a page as the same user, completing a task with the webapps' CSRF token
 * issued by node A, and a page's form post (logout) with the page's CSRF token rendered by node A.
 *
 * <p>Both nodes are full applications on their own random ports in this JVM, node B started once node A is closed.
 * Two real nodes would run at once; in one JVM they would share what Camunda keeps in static fields: the registry of
 * process engines by name ({@link ProcessEngines}), in which the webapps look their engine up, and the webapps'
 * runtime delegates, which a closing servlet context clears. Node B never saw the user either way: sessions are read
 * from the database on every request. Whatever a cached test context had registered before is restored at the end.
 */
class SessionFailoverTest {

    private static final String USER = "giamdoc.snv";
    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProcessEngine registeredBefore;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static JdbcTemplate db;

    @BeforeAll
    static void nodeA() {
        registeredBefore = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
        nodeA = start("node-a");
        db = new JdbcTemplate(EmbeddedPostgresInitializer.postgres().getPostgresDatabase());
    }

    @AfterAll
    static void closeNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (registeredBefore != null) {
            ProcessEngines.registerProcessEngine(registeredBefore);
            // the webapps' bootstraps set these at a servlet context's start and clear them at its end
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }

    @Test
    void aTasklistUserKeepsWorkingWhenTheirNodeIsGone() throws Exception {
        String taskId = taskFor(USER);
        int portA = port(nodeA);
        WebappSession onA = WebappSession.login(portA, USER);
        assertThat(taskIds(onA)).contains(taskId);
        HttpResponse<String> pageOnA = onA.getApp("/plans");
        assertThat(pageOnA.statusCode()).isEqualTo(200);
        Matcher pageToken = PAGE_TOKEN.matcher(pageOnA.body());
        assertThat(pageToken.find()).as("the page's forms carry a CSRF token").isTrue();

        // what the browser holds lives in the database, written there through the session repository by the
        // webapps' filters (login, CSRF token) and by Spring Security (the page's CSRF token)
        String sessionId = new String(Base64.getDecoder().decode(onA.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(db.queryForList("select a.attribute_name from spring_session s join spring_session_attributes a "
                + "on a.session_primary_id = s.primary_id where s.session_id = ?", String.class, sessionId))
                .contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN",
                        "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN");

        nodeA.close();
        nodeB = start("node-b");
        WebappSession onB = onA.on(port(nodeB));

        assertThat(taskIds(onB)).as("the Tasklist's task list on node B").contains(taskId);
        HttpResponse<String> pageOnB = onB.getApp("/plans");
        assertThat(pageOnB.statusCode()).isEqualTo(200);
        User user = nodeB.getBean(IdentityService.class).createUserQuery().userId(USER).singleResult();
        assertThat(pageOnB.body()).as("the page's header names the same user")
                .contains(user.getFirstName() + " " + user.getLastName());

        // the webapps' CSRF token issued by node A (cookie XSRF-TOKEN, sent back as X-XSRF-TOKEN) is good on node B
        assertThat(onB.post("/api/engine/engine/default/task/" + taskId + "/complete", "{}").statusCode())
                .isEqualTo(204);
        assertThat(nodeB.getBean(TaskService.class).createTaskQuery().taskId(taskId).count()).isZero();

        // so is the page's CSRF token rendered by node A: logging out is a state-changing form post
        HttpResponse<String> logout = onB.postAppForm("/logout",
                "_csrf=" + URLEncoder.encode(pageToken.group(1), StandardCharsets.UTF_8));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
        assertThat(onB.get("/api/engine/engine/default/task/count").statusCode()).as("logged out on every node")
                .isEqualTo(401);
        assertThat(db.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
                sessionId)).as("the session's row is gone").isZero();
    }

    @Test
    void aMadeUpSessionCookieIsNoLogin() throws Exception {
        ConfigurableApplicationContext node = nodeB != null ? nodeB : nodeA;
        String cookie = "SESSION=" + Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port(node);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/engine/engine/default/task"))
                .header("Cookie", cookie).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/plans"))
                .header("Cookie", cookie).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
    }

    @Test
    void staticFilesNeitherCreateNorTouchASession() throws Exception {
        ConfigurableApplicationContext node = nodeB != null ? nodeB : nodeA;
        String base = "http://localhost:" + port(node);
        HttpClient anonymous = HttpClient.newHttpClient();
        List<String> files = List.of("/camunda/app/tasklist/camunda-tasklist-bootstrap.js",
                "/camunda/app/tasklist/scripts/config.js", "/camunda/app/tasklist/camunda-tasklist-bootstrap.css",
                "/webjars/echarts/5.5.0/echarts.min.js", "/dashboard/dashboard.js");
        int before = sessions();
        for (String file : files) {
            HttpResponse<Void> response = anonymous.send(HttpRequest.newBuilder(URI.create(base + file)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
        assertThat(sessions()).as("no session row for anonymous static files").isEqualTo(before);

        // the webapps' login page does start a session (its CSRF token): the count above could have moved
        HttpResponse<Void> loginPage = anonymous.send(HttpRequest.newBuilder(
                URI.create(base + "/camunda/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(loginPage.headers().allValues("Set-Cookie")).as("the session cookie's attributes")
                .anyMatch(c -> c.startsWith("SESSION=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        assertThat(sessions()).isEqualTo(before + 1);

        // a logged-in user's browser loading the webapps' files neither writes the session nor gets new cookies
        WebappSession user = WebappSession.login(port(node), USER);
        String sessionId = new String(Base64.getDecoder().decode(user.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        long lastAccess = lastAccess(sessionId);
        for (String file : files.subList(0, 3)) {
            HttpResponse<String> response = user.getApp(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
        assertThat(lastAccess(sessionId)).as("the session was not touched").isEqualTo(lastAccess);
        assertThat(user.get("/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        assertThat(lastAccess(sessionId)).as("an API call does touch it").isGreaterThan(lastAccess);
    }

    /**
     * Sessions are rows in the database: what anyone may ask for without logging in, and what a tool asks for with
     * its Basic credentials, must not add one per request. A load balancer probes every few seconds; an anonymous
     * flood of missing files would otherwise be a flood of inserts.
     */
    @Test
    void probesMissingFilesAndToolCallsLeaveNoSession() throws Exception {
        ConfigurableApplicationContext node = nodeB != null ? nodeB : nodeA;
        String base = "http://localhost:" + port(node);
        HttpClient http = HttpClient.newHttpClient();
        String tool = "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
        record Call(String path, String authorization, String accept, int status) {
        }
        List<Call> calls = List.of(
                new Call("/actuator/health", null, null, 200),
                new Call("/actuator/health/readiness", null, null, 200),
                new Call("/actuator/health/liveness", null, null, 200),
                new Call("/static/no-such-file.css", null, "text/css,*/*;q=0.1", 404),
                new Call("/webjars/no-such-library/1.0/no.js", null, null, 404),
                new Call("/favicon.ico", null, "image/*", 404),
                new Call("/error", null, "text/html", 302),
                new Call("/api/agencies/reorganisations", tool, "application/json", 200),
                new Call("/me/links", tool, "application/json", 200));
        int before = sessions();
        for (Call call : calls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path())).GET();
            if (call.authorization() != null) {
                request.header("Authorization", call.authorization());
            }
            if (call.accept() != null) {
                request.header("Accept", call.accept());
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(call.path()).isEqualTo(call.status());
            assertThat(response.headers().allValues("Set-Cookie")).as(call.path()).isEmpty();
        }
        assertThat(sessions()).as("no session row for probes, missing files or a tool's JSON calls").isEqualTo(before);

        // a page asked for with Basic credentials still gets its forms' token, kept in a new session
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/plans"))
                .header("Authorization", tool).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(PAGE_TOKEN.matcher(page.body()).find()).as("the page's forms carry a CSRF token").isTrue();
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(sessions()).isEqualTo(before + 1);
    }

    private static int sessions() {
        return db.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private static long lastAccess(String sessionId) {
        return db.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId);
    }

    private static List<String> taskIds(WebappSession session) throws Exception {
        HttpResponse<String> list = session.get("/api/engine/engine/default/task?assignee=" + USER
                + "&sortBy=created&sortOrder=desc&maxResults=50");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode tasks = JSON.readTree(list.body());
        return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText())
                .toList();
    }

    /** A task of the user's own (the engine grants the assignee the task), made outside any login. */
    private static String taskFor(String user) {
        TaskService tasks = nodeA.getBean(TaskService.class);
        Task task = tasks.newTask();
        task.setName("Session failover check");
        task.setAssignee(user);
        tasks.saveTask(task);
        return task.getId();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    /** A whole node as {@code @CchcIntegrationTest} configures the application, on its own random port. */
    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(CchcApplication.class)
                .initializers(new EmbeddedPostgresInitializer())
                .run("--server.port=0", "--spring.application.name=" + name,
                        "--camunda.bpm.job-execution.enabled=false", "--cchc.mail.embedded.enabled=false",
                        "--cchc.demo.sample-plans=false", "--cchc.demo.user-email-domain=",
                        "--management.health.mail.enabled=false",
                        "--cchc.tasklist-url=http://localhost:8080/camunda/app/tasklist/");
    }
}
