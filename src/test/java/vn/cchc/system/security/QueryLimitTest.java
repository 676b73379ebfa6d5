package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * A user's query reads a page, not the database: without paging, SNV's monitoring grant read every historic
 * variable of every plan into the node's memory in one request (1.2 million at 100,000 open tasks).
 */
@CchcIntegrationTest
class QueryLimitTest {

    @LocalServerPort
    int port;

    @Test
    void aQueryWithoutPagingOrWithAHugePageIsRefusedInVietnamese() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");

        RestClient.Response unbounded = snv.get("/engine-rest/history/variable-instance");
        assertThat(unbounded.status()).as(unbounded.body()).isEqualTo(400);
        assertThat(unbounded.json().get("message").asText())
                .isEqualTo("Truy vấn phải đọc từng trang: hãy gửi tham số firstResult và maxResults.");
        RestClient.Response huge = snv.get("/engine-rest/task?firstResult=0&maxResults=100000");
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.json().get("message").asText()).startsWith("Mỗi lần chỉ đọc được tối đa 2000 bản ghi");
    }

    @Test
    void aPageAndACountStillWork() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");

        assertThat(snv.get("/engine-rest/history/variable-instance?firstResult=0&maxResults=2000").status())
                .isEqualTo(200);
        assertThat(snv.get("/engine-rest/history/variable-instance/count").status()).isEqualTo(200);
    }
}
