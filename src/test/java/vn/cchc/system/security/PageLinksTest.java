package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * The header shows each user the pages the security chain lets them open, and no other: an agency official is not
 * offered the dashboard, the list of plans or the notifications log (they would answer 403), SNV is offered all.
 * {@code /me/links} (the Tasklist's header) is refused anonymously like every other path.
 */
@CchcIntegrationTest
class PageLinksTest {

    @LocalServerPort
    int port;

    @Test
    void anonymousIsRefused() {
        assertThat(RestClient.anonymous(port).get("/me/links").status()).isEqualTo(401);
    }

    @Test
    void eachUserIsOfferedWhatTheChainLetsThemOpen() {
        assertThat(links("cv.so-tu-phap")).containsExactly("/camunda/app/tasklist/", "/reports");
        assertThat(links("ld.so-tu-phap")).containsExactly("/camunda/app/tasklist/", "/dashboard", "/reports");
        assertThat(links("chutich.ubnd")).containsExactly("/camunda/app/tasklist/", "/plans", "/dashboard",
                "/reports");
        assertThat(links("chuyenvien.snv")).containsExactly("/camunda/app/tasklist/", "/plans", "/dashboard",
                "/reports", "/notifications");
        // and no link offered is refused (the Tasklist's root redirects; the dashboard says 404 while no plan exists)
        for (String user : List.of("cv.so-tu-phap", "ld.so-tu-phap", "chutich.ubnd", "chuyenvien.snv")) {
            for (String href : links(user)) {
                assertThat(RestClient.as(port, user).get(href).status()).as(user + " " + href)
                        .isNotIn(401, 403);
            }
        }
    }

    @Test
    void theApplicationsPagesShowTheSameLinks() {
        String official = RestClient.as(port, "cv.so-tu-phap").get("/reports").body();
        assertThat(official).contains("href=\"/reports\">Báo cáo</a>")
                .doesNotContain("href=\"/dashboard\"", "href=\"/plans\"", "href=\"/notifications\"");
        String snv = RestClient.as(port, "chuyenvien.snv").get("/reports").body();
        assertThat(snv).contains("href=\"/plans\">Kế hoạch</a>", "href=\"/dashboard\">Tổng quan</a>",
                "href=\"/notifications\">Thông báo</a>");
    }

    private List<String> links(String user) {
        RestClient.Response response = RestClient.as(port, user).get("/me/links");
        assertThat(response.status()).as(user).isEqualTo(200);
        List<String> hrefs = new ArrayList<>();
        for (JsonNode link : response.json()) {
            hrefs.add(link.get("href").asText());
            assertThat(link.get("label").asText()).isNotBlank();
        }
        return hrefs;
    }
}
