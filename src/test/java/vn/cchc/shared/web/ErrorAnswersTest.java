package vn.cchc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A page request that fails outside the JSON API's refusals gets Spring Boot's error answer, in Vietnamese: the
 * page's own reason (a plan that does not exist), the parameter at fault (missing, or of the wrong type), or a
 * sentence for the status; as a page for a browser, as JSON for a script. Never Spring's English whitelabel page.
 */
@CchcIntegrationTest
class ErrorAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNV = "chuyenvien.snv";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageOfAPlanThatDoesNotExistSaysSoInVietnamese() throws Exception {
        HttpResponse<String> page = get("/plans/KH-KHONG-CO/items", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"vi\"", "Không thực hiện được yêu cầu", "KH-KHONG-CO",
                "Mã lỗi HTTP 404").doesNotContain("Whitelabel", "There was an unexpected error");

        HttpResponse<String> json = get("/dashboard/what-if/data?plan=KH-KHONG-CO", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(json.body()).get("message").asText()).isEqualTo("Không tìm thấy kế hoạch KH-KHONG-CO.");
    }

    /** The JSON API answered a refusal with 500 (and a stack trace in the log) when the caller accepted only HTML. */
    @Test
    void theJsonApiAnswersItsRefusalInJsonWhateverTheCallerAccepts() throws Exception {
        for (String path : List.of("/api/plans/KH-KHONG-CO/items", "/api/plans/KH-KHONG-CO/amendments",
                "/api/plans/KH-KHONG-CO/carry-over")) {
            HttpResponse<String> refused = get(path, "text/html");
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(refused.body()).get("message").asText()).as(path)
                    .isEqualTo("Không tìm thấy kế hoạch KH-KHONG-CO.");
        }
    }

    @Test
    void aMissingOrWrongParameterIsNamed() throws Exception {
        JsonNode missing = JSON.readTree(get("/dashboard/what-if/data", "application/json").body());
        assertThat(missing.get("status").asInt()).isEqualTo(400);
        assertThat(missing.get("code").asText()).isEqualTo("web.paramMissing");
        assertThat(missing.get("field").asText()).isEqualTo("plan");
        assertThat(missing.get("message").asText()).isEqualTo("Thiếu tham số plan của yêu cầu.");

        // the value is repeated on the page, escaped
        HttpResponse<String> wrong = get("/plans/KH-DEMO/items/%3Cb%3Ehai%3C%2Fb%3E".replace("%2F", "-"), "text/html");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Tham số itemNo không hợp lệ: &quot;&lt;b&gt;hai&lt;-b&gt;&quot;.")
                .doesNotContain("<b>hai");
    }

    @Test
    void anUnknownAddressIsAVietnamese404ForAnyone() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/static/no-such-page.html"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy nội dung được yêu cầu").doesNotContain("Whitelabel");
        assertThat(page.headers().allValues("Set-Cookie")).as("no session for an error page").isEmpty();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((SNV + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
