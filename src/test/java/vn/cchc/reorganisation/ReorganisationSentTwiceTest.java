package vn.cchc.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.AtOnce;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * A merger confirmed three times at once, then once more: it is recorded once, and the others are refused, naming
 * the agency that has already ended. Before, the same merger was recorded four times (and its moves made again).
 * (Two communes no other test uses.)
 */
@CchcIntegrationTest
class ReorganisationSentTwiceTest {

    private static final String ENDED = "ubnd-xa-cai-nhum";
    private static final String SUCCESSOR = "ubnd-xa-tan-long-hoi";

    @LocalServerPort
    int port;
    @Autowired
    Reorganisations reorganisations;

    @Test
    void aMergerConfirmedSeveralTimesIsMadeOnce() throws Exception {
        JsonNode merger = new ObjectMapper().readTree("{\"kind\": \"MERGE\", \"from\": [\"" + ENDED + "\"], \"to\": \""
                + SUCCESSOR + "\", \"effective\": \"2025-07-01\", \"reason\": \"Nghị quyết sắp xếp đơn vị hành chính "
                + "cấp xã (thử gửi hai lần)\"}");

        List<RestClient.Response> answers = AtOnce.run(3,
                () -> RestClient.as(port, "chuyenvien.snv").post("/api/agencies/reorganisations", merger));
        RestClient.Response later = RestClient.as(port, "chuyenvien.snv").post("/api/agencies/reorganisations", merger);

        assertThat(answers).extracting(RestClient.Response::status).containsExactlyInAnyOrder(201, 422, 422);
        assertThat(answers).filteredOn(a -> a.status() == 422).allSatisfy(a -> assertThat(a.body())
                .contains("đã được tổ chức lại trước đó; công việc của cơ quan này nay thuộc"));
        assertThat(later.status()).isEqualTo(422);
        assertThat(reorganisations.list()).filteredOn(r -> r.from().contains(ENDED)).hasSize(1);
    }
}
