package vn.cchc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Every request body has a bound (4 MB, multipart 21 MB), checked before anything reads it, over real HTTP: a
 * declared length beyond it is refused at once, on any path and before login; a chunked body is cut there; a body
 * that is not JSON, or not declared as JSON, gets a Vietnamese answer naming where reading stopped.
 */
@CchcIntegrationTest
class RequestBodyLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNV = "chuyenvien.snv";
    private static final int BOUND = 4 * 1024 * 1024;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDeclaredBodyBeyondTheBoundIsRefusedBeforeAnythingReadsIt() throws Exception {
        byte[] big = jsonArrayOf(BOUND + 1024);
        for (String user : new String[] {SNV, null}) {
            HttpResponse<String> refused = post("/api/plans/KH-BOUND/amendments/items", user, "application/json",
                    HttpRequest.BodyPublishers.ofByteArray(big));
            assertThat(refused.statusCode()).as("as " + user).isEqualTo(413);
            JsonNode body = JSON.readTree(refused.body());
            assertThat(body.get("code").asText()).isEqualTo("web.bodyTooLarge");
            assertThat(body.get("message").asText()).startsWith("Nội dung gửi lên vượt giới hạn 4 MB");
            assertThat(refused.headers().allValues("Set-Cookie")).as("no session for a refused body").isEmpty();
        }
        // the engine's REST API and a page's form post have the same bound
        assertThat(post("/engine-rest/process-instance", SNV, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(big)).statusCode()).isEqualTo(413);
        assertThat(post("/plans/KH-BOUND/items/1/deadline", SNV, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofByteArray(big)).statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyIsCutAtTheBound() throws Exception {
        byte[] big = jsonArrayOf(BOUND + 1024);
        HttpResponse<String> refused = post("/api/plans/KH-BOUND/amendments/items", SNV, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("web.bodyTooLarge");
    }

    @Test
    void aBodyWithinTheBoundReachesTheApi() throws Exception {
        HttpResponse<String> answered = post("/api/plans/KH-BOUND/amendments/items", SNV, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(jsonArrayOf(BOUND - 1024)));
        assertThat(answered.statusCode()).isNotEqualTo(413).isBetween(400, 499);
        assertThat(JSON.readTree(answered.body()).get("code").asText()).as("the API's own refusal")
                .isNotIn("web.bodyTooLarge", "web.bodyNotJson", "web.bodyNotJsonAt");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedWhereReadingStopped() throws Exception {
        HttpResponse<String> broken = post("/api/plans/KH-BOUND/amendments/items", SNV, "application/json",
                HttpRequest.BodyPublishers.ofString("{\n  \"itemNo\": 5,\n  \"due\": Quý III\n}"));
        assertThat(broken.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(broken.body());
        assertThat(body.get("code").asText()).isEqualTo("web.bodyNotJsonAt");
        // the line of the bad value; the column is where the reader stopped (counted by the parser, in bytes)
        assertThat(body.get("message").asText()).startsWith("Nội dung gửi lên không phải JSON hợp lệ (dòng 3, cột ");

        HttpResponse<String> empty = post("/api/plans/KH-BOUND/amendments/items", SNV, "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("code").asText()).isEqualTo("web.bodyNotJson");

        HttpResponse<String> text = post("/api/plans/KH-BOUND/amendments/items", SNV, "text/plain",
                HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(text.body()).get("message").asText())
                .isEqualTo("Chỉ nhận nội dung JSON (Content-Type: application/json); yêu cầu gửi kiểu \"text/plain\".");
    }

    /** A valid JSON array of strings, about {@code size} bytes long. */
    private static byte[] jsonArrayOf(int size) {
        StringBuilder json = new StringBuilder(size + 64).append('[');
        String element = "\"" + "x".repeat(1000) + "\"";
        while (json.length() + element.length() + 2 < size) {
            json.append(json.length() > 1 ? "," : "").append(element);
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String user, String type, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).header("Accept", "application/json").POST(body);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
