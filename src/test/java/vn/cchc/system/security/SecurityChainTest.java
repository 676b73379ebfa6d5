package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;
import vn.cchc.support.WebappSession;

/**
 * The requests of the 2026-12 security review, each refused as it should be, and the one login: what the webapps'
 * session may open on the application's pages. Paths are sent exactly as written (not normalised by the client).
 */
@CchcIntegrationTest
class SecurityChainTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilterService filters;
    @Autowired
    ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/plans/KH-DEMO-2027/import;x", "/api/plans/KH-DEMO-2027/items;x",
            "/plans/KH-DEMO-2026/items;jsessionid=1", "/engine-rest/task;x", "/engine-rest/task;/",
            "/engine-rest/task/count;x", "/engine-rest/engine/default/task;x", "/camunda/api/engine/engine/default/task;x",
            "/plans/KH-DEMO-2026/%2e%2e/items", "/plans/KH-DEMO-2026%2Fitems", "/reports/..;/x"})
    void theFirewallRefusesPathParametersAndEncodedSeparators(String path) throws Exception {
        assertThat(send("GET", path, null, null).statusCode()).as(path).isEqualTo(400);
        assertThat(send("POST", path, "[{\"task\":\"x\",\"lead\":\"Sở Nội vụ\"}]", "cv.so-tu-phap").statusCode())
                .as(path).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/KH-DEMO-2026/%69tems", "/plans/KH-DEMO-2026/items", "/api/plans/KH-DEMO-2027/items",
            "/api/plans/KH-DEMO-2027/%69tems", "/reports", "/notifications", "/mailbox", "/engine-rest/engine",
            "/engine-rest/task", "/camunda/api/engine/engine/default/task", "/actuator/env", "/plans/KH-DEMO-2027/import"})
    void anonymousCallersAreAskedToLogIn(String path) throws Exception {
        assertThat(send("GET", path, null, null).statusCode()).as(path).isEqualTo(401);
    }

    @Test
    void onlyTheRestApiChallengesForBasicCredentials() throws Exception {
        assertThat(send("GET", "/engine-rest/task", null, null).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        // a frame or script of the webapps that meets a 401 must not open the browser's own password prompt
        for (String path : List.of("/camunda-welcome", "/reports", "/camunda/api/engine/engine/default/task")) {
            assertThat(send("GET", path, null, null).headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
    }

    @Test
    void anonymousWritesChangeNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM cchc_plan_item", Long.class);
        for (String path : List.of("/api/plans/KH-DEMO-2027/items", "/api/plans/KH-DEMO-2027/%69tems",
                "/api/plans/KH-DEMO-2027/items;x", "/api/plans/KH-DEMO-2027/amendments/items")) {
            assertThat(send("POST", path, "[{\"task\":\"Chèn\",\"lead\":\"Sở Nội vụ\"}]", null).statusCode())
                    .as(path).isIn(400, 401);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cchc_plan_item", Long.class)).isEqualTo(before);
    }

    @Test
    void aPersonInABrowserIsSentToTheTasklistLogin() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/reports"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
    }

    @Test
    void onlyTheHealthProbeIsPublic() throws Exception {
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/info", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/info", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/no-such-page", null, "chuyenvien.snv").statusCode()).isEqualTo(403);
        // the error page answers a request that failed; asked for directly it is no page
        assertThat(send("GET", "/error", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/error", null, "chuyenvien.snv").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/static/no-such-file.css", null, null).statusCode()).as("a missing file's error page")
                .isEqualTo(404);
        assertThat(send("POST", "/camunda/api/admin/setup/default/user/create", "{}", null).statusCode())
                .isIn(401, 403);
    }

    /** Any logged-in user could test other users' passwords there, and lock them out with ten wrong ones. */
    @Test
    void nobodyChecksAnotherUsersPassword() throws Exception {
        String guess = "{\"username\":\"chutich.ubnd\",\"password\":\"sai\"}";
        for (int i = 0; i < 12; i++) {
            assertThat(send("POST", "/engine-rest/identity/verify", guess, "cv.so-tu-phap").statusCode())
                    .isEqualTo(403);
        }
        assertThat(send("POST", "/engine-rest/engine/default/identity/verify", guess, "chuyenvien.snv")
                .statusCode()).isEqualTo(403);
        assertThat(WebappSession.login(port, "cv.so-tu-phap").post("/api/engine/engine/default/identity/verify",
                guess).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/engine-rest/task/count", null, "chutich.ubnd").statusCode()).isEqualTo(200);
    }

    @Test
    void rolesAreCheckedOnTheRoutedPath() throws Exception {
        assertThat(send("GET", "/plans/KH-X/%69mport", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/notifications", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/notifications", null, "chutich.ubnd").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/plans/KH-X/items", null, "chutich.ubnd").statusCode()).as("leaders read")
                .isNotIn(401, 403);
        assertThat(send("POST", "/plans/KH-X/items/1/deadline", "due=01/01/2030", "chutich.ubnd").statusCode())
                .as("leaders do not change deadlines").isEqualTo(403);
    }

    @Test
    void eachNewPageHasItsRule() throws Exception {
        assertThat(send("GET", "/plans", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/plans", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/plans", null, "thamdinh.vp").statusCode()).as("appraisers see the plans")
                .isEqualTo(200);
        assertThat(send("GET", "/dashboard", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/dashboard/data", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/dashboard/what-if", null, "thamdinh.vp").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/dashboard/dashboard.js", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/agencies/reorganisations", null, "cv.so-tu-phap").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/agencies/reorganisations", null, "giamdoc.snv").statusCode()).isEqualTo(200);
        String merge = "{\"kind\":\"MERGE\",\"from\":[\"so-tu-phap\"],\"to\":\"so-noi-vu\"}";
        assertThat(send("POST", "/api/agencies/reorganisations/preview", merge, "giamdoc.snv").statusCode())
                .as("the director reads reorganisations, SNV specialists make them").isEqualTo(403);
        HttpResponse<String> formPost = http.send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/agencies/reorganisations"))
                .header("Authorization", basic("chuyenvien.snv")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(merge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(formPost.statusCode()).as("the JSON API takes JSON only: no cross-site form can reach it")
                .isEqualTo(415);
    }

    @Test
    void aValueTheEngineRefusesToStoreIsA400InVietnamese() throws Exception {
        String javaSerialized = "{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"rO0ABXQAAWE=\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
        HttpResponse<String> refused = send("POST", "/engine-rest/process-definition/key/planLifecycle/start",
                javaSerialized, "admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Không nhận giá trị của biến x").doesNotContain("ENGINE-17007");
        String unknownFormat = javaSerialized.replace("application/x-java-serialized-object", "application/json")
                .replace("java.lang.String", "java.lang.ProcessBuilder");
        assertThat(send("POST", "/engine-rest/process-definition/key/planLifecycle/start", unknownFormat, "admin")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void loggingOutOfAPageEndsTheTasklistLoginToo() throws Exception {
        WebappSession snv = WebappSession.login(port, "chuyenvien.snv");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(snv.getApp("/plans").body());
        assertThat(token.find()).isTrue();
        assertThat(snv.postAppForm("/logout", "").statusCode()).as("a logout without the page's token").isEqualTo(403);
        assertThat(snv.getApp("/plans").statusCode()).isEqualTo(200);

        HttpResponse<String> out = snv.postAppForm("/logout",
                "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");
        assertThat(snv.getApp("/plans").statusCode()).as("the page asks for a login again").isEqualTo(401);
        assertThat(snv.get("/api/engine/engine/default/task/count").statusCode()).as("so does the Tasklist")
                .isEqualTo(401);
    }

    @Test
    void theApplicationsPagesSendSecurityHeaders() throws Exception {
        HttpResponse<String> page = send("GET", "/notifications", null, "chuyenvien.snv");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(send("GET", "/plans/KH-X/items", null, null).headers().firstValue("X-Content-Type-Options"))
                .contains("nosniff");
    }

    @Test
    void theTasklistSessionOpensThePagesWithoutASecondLogin() throws Exception {
        WebappSession snv = WebappSession.login(port, "chuyenvien.snv");
        assertThat(snv.getApp("/notifications").statusCode()).isEqualTo(200);
        WebappSession official = WebappSession.login(port, "cv.so-tu-phap");
        assertThat(official.getApp("/notifications").statusCode()).isEqualTo(403);
        assertThat(official.getApp("/reports").statusCode()).isEqualTo(200);
    }

    @Test
    void pageFormsNeedTheirCsrfToken() {
        PageSession snv = PageSession.as(port, "chuyenvien.snv");
        assertThat(snv.postForm("/notifications/1/resend", Map.of(), null).statusCode()).isEqualTo(403);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.startsWith("[") || body.startsWith("{") ? "application/json"
                    : "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
