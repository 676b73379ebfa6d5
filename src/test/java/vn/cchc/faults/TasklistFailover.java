package vn.cchc.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scenario 6 of the fault suite: {@code kill -9} of the node serving a logged-in Tasklist user. The user (the
 * administrator, the one person of the production profile) logs in to the Tasklist on node B as a browser does,
 * opens a page, and node B is killed; the same browser then goes on with node A, as a load balancer would send it:
 * the Tasklist's task list, a page as the same user, completing a task with the webapps' CSRF token issued by node B,
 * a page's form post (logout) with the page's CSRF token rendered by node B. Node B is started again afterwards.
 *
 * <p>A browser of its own ({@link PlainHttpCookies}: the production profile marks the session and CSRF cookies
 * {@code Secure}, which a cookie store would not send over the suite's plain HTTP).
 */
final class TasklistFailover {

    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final Cluster cluster;
    private final PlainHttpCookies cookies = new PlainHttpCookies();
    /** The browser: its cookies go to whichever node serves it. */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    /** The administrator's HTTP Basic calls that set the scenario up: no cookies. */
    private final HttpClient basicHttp = HttpClient.newHttpClient();
    private final List<String> lines = new ArrayList<>();
    private int port;

    private TasklistFailover(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Runs the scenario; its result as markdown for docs/reliability.md. */
    static String run(Cluster cluster) throws Exception {
        ClusterFaultSuite.log("scenario 6: kill -9 of the node serving a logged-in Tasklist user");
        TasklistFailover scenario = new TasklistFailover(cluster);
        boolean passed;
        try {
            passed = scenario.steps();
        } catch (Exception e) {
            scenario.lines.add("**aborted: " + e + "**");
            passed = false;
        }
        if (!cluster.b.process().alive()) {
            cluster.start(cluster.b);
        }
        String md = "Run of " + java.time.LocalDateTime.now().withNano(0) + ". Scenario 6 (`kill -9` of the node "
                + "serving a logged-in Tasklist user): "
                + (passed ? "**the user kept working on the other node without logging in again**" : "**FAILED**")
                + ".\n" + scenario.lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n")) + "\n";
        ClusterFaultSuite.log("scenario 6: %s", passed ? "passed" : "FAILED");
        return md;
    }

    private boolean steps() throws Exception {
        String taskId = UUID.randomUUID().toString();
        int created = send("POST", "/engine-rest/task/create", "application/json",
                "{\"id\":\"" + taskId + "\",\"name\":\"Fault suite: Tasklist failover\",\"assignee\":\"admin\"}",
                true).statusCode();
        check("a task for the user created over REST", created, 204);

        port = cluster.b.port();
        send("GET", "/camunda/app/tasklist/default/", null, null, false);
        int login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=admin&password="
                        + URLEncoder.encode(Cluster.ADMIN_PASSWORD, StandardCharsets.UTF_8), false).statusCode();
        check("login to the Tasklist on node B", login, 200);
        send("GET", "/camunda/api/admin/auth/user/default", null, null, false);
        boolean listedOnB = taskList().contains(taskId);
        HttpResponse<String> pageOnB = send("GET", "/plans", null, null, false);
        Matcher token = PAGE_TOKEN.matcher(pageOnB.body());
        boolean ok = listed("the task in the Tasklist's list on node B", listedOnB)
                & check("a page on node B", pageOnB.statusCode(), 200) & token.find();

        cluster.b.process().kill();
        port = cluster.a.port();
        lines.add("node B killed with SIGKILL; the same cookies sent to node A");
        ok &= listed("the task in the Tasklist's list on node A", taskList().contains(taskId));
        ok &= check("a page on node A as the same user", send("GET", "/plans", null, null, false).statusCode(), 200);
        ok &= check("completing the task on node A with node B's XSRF token", send("POST",
                "/camunda/api/engine/engine/default/task/" + taskId + "/complete", "application/json", "{}",
                false).statusCode(), 204);
        ok &= check("logging out on node A with the page's CSRF token from node B", send("POST", "/logout",
                "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), false).statusCode(), 302);
        ok &= check("the Tasklist API after the logout", send("GET",
                "/camunda/api/engine/engine/default/task/count", null, null, false).statusCode(), 401);
        return ok;
    }

    private boolean check(String what, int status, int expected) {
        lines.add("%s: HTTP %d (expected %d)".formatted(what, status, expected));
        return status == expected;
    }

    private boolean listed(String what, boolean found) {
        lines.add("%s: %s".formatted(what, found ? "listed" : "**missing**"));
        return found;
    }

    /** The user's tasks as the Tasklist's API answers them (empty if it refused). */
    private String taskList() throws IOException, InterruptedException {
        return send("GET", "/camunda/api/engine/engine/default/task?assignee=admin&maxResults=200", null, null, false)
                .body();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, boolean basic)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", path.startsWith("/camunda/api") ? "application/json" : "text/html");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (basic) {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + cluster.a.port() + path))
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", contentType).header("Authorization", "Basic " + java.util.Base64
                            .getEncoder().encodeToString(("admin:" + Cluster.ADMIN_PASSWORD)
                                    .getBytes(StandardCharsets.UTF_8)));
            return basicHttp.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        if (cookies.value("XSRF-TOKEN") != null) {
            request.header("X-XSRF-TOKEN", cookies.value("XSRF-TOKEN"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
