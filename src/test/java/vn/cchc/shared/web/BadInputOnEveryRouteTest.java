package vn.cchc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Every page and JSON route the application maps for GET, called with ids that do not exist, numbers out of range,
 * Unicode, nonsense parameters, as a browser and as a script, by SNV and by an agency's official: each answer is a
 * refusal (4xx) or the page, never a server error. (A JSON refusal to a caller accepting only HTML was a 500 with a
 * stack trace.)
 */
@CchcIntegrationTest
class BadInputOnEveryRouteTest {

    private static final List<String> VALUES = List.of("KH-KHONG-CO", "99999999999999999999", "%C3%A0%20x");
    private static final List<String> QUERIES = List.of("", "?plan=KH-KHONG-CO&agency=khong-co&page=-1&size=100000000",
            "?plan=&agency=&year=abc&day=2024-13-45&from=abc&status=lung-tung&sort=zzz");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void noRouteAnswersBadInputWithAServerError() throws Exception {
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        });
        assertThat(routes).as("the application's routes").contains("/api/plans/{planId}/items", "/dashboard/data");
        HttpClient http = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String user : List.of("chuyenvien.snv", "cv.so-tu-phap")) {
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8));
            for (String route : routes) {
                for (String value : route.contains("{") ? VALUES : List.of("")) {
                    for (String query : QUERIES) {
                        for (String accept : List.of("application/json", "text/html")) {
                            String path = route.replaceAll("\\{[^}]+\\}", value) + query;
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + port + path)).header("Authorization", basic)
                                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
                            calls++;
                            if (answer.statusCode() >= 500) {
                                failures.add(answer.statusCode() + " " + user + " " + accept + " " + path);
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(200);
        assertThat(failures).as("server errors").isEmpty();
    }
}
