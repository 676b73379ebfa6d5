package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * CVE-2026-109432: an expression smuggled into a task query through nested {@code orQueries} is refused, on the
 * REST API and on the webapps' own engine API, while the queries Tasklist really sends (filters, sorting, paging)
 * keep working.
 */
@CchcIntegrationTest
class QueryExpressionGuardTest {

    static final String NESTED = """
            {"orQueries": [{"assignee": "demo",
              "orQueries": [{"candidateGroupsExpression": "${execution.getProcessEngineServices().toString()}"}]}]}""";

    @LocalServerPort
    int port;
    @Autowired
    FilterService filters;

    @Test
    void restApiRefusesExpressionsInNestedOrQueries() {
        RestClient admin = RestClient.as(port, "admin");
        RestClient.Response refused = admin.post("/engine-rest/task", NESTED);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("không được chứa biểu thức");

        assertThat(admin.post("/engine-rest/task/count", NESTED.replace("${", "#{")).status()).isEqualTo(400);
        assertThat(admin.get("/engine-rest/task?assigneeExpression=" + enc("${currentUser()}")).status())
                .isEqualTo(400);
        assertThat(admin.post("/engine-rest/engine/default/task", "{\"assigneeExpression\":\"\\u0024{1+1}\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void ordinaryQueriesStillWork() {
        RestClient official = RestClient.as(port, "cv.so-tu-phap");
        assertThat(official.post("/engine-rest/task?firstResult=0&maxResults=15",
                "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"orQueries\":[{\"nameLike\":\"%nhiệm vụ%\"}]}")
                .status()).isEqualTo(200);
        String filterId = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        assertThat(official.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").status()).isEqualTo(200);
        assertThat(official.post("/engine-rest/filter/" + filterId + "/list", NESTED).status()).isEqualTo(400);
        assertThat(official.post("/engine-rest/filter/" + filterId + "/count", NESTED).status()).isEqualTo(400);
        assertThat(official.post("/engine-rest/engine/default/filter/" + filterId + "/list", NESTED).status())
                .isEqualTo(400);
    }

    @Test
    void pathsSpelledDifferentlyReachTheSameGuard() {
        RestClient official = RestClient.as(port, "cv.so-tu-phap");
        // the REST API does not route an encoded letter at all (404); whatever it routes meets the engine's guard
        assertThat(official.post("/engine-rest/%74ask", NESTED).status()).isIn(400, 404);
        for (String path : java.util.List.of("/engine-rest/task/", "/engine-rest/engine/default/task",
                "/engine-rest/engine/default/task/count")) {
            RestClient.Response refused = official.post(path, NESTED);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).contains("không được chứa biểu thức");
        }
    }

    @Test
    void webappApiUsedByTasklistIsGuardedToo() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda";
        browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=cv.so-tu-phap&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        // as Tasklist does after login: a first GET in the new session issues its CSRF token
        browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default"))
                .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding());

        String filterId = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        String list = base + "/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        assertThat(post(browser, cookies, list, "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> refused = post(browser, cookies, base + "/api/engine/engine/default/task", NESTED);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("không được chứa biểu thức");
    }

    private static HttpResponse<String> post(HttpClient browser, CookieManager cookies, String url, String json)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("X-XSRF-TOKEN", csrf(cookies))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
