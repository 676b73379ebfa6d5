package vn.cchc.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;

/** The notification log and mailbox pages: SNV and administrators only; SNV resends a failed notification. */
@CchcIntegrationTest
class NotificationPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlySnvAndAdministratorsSeeTheLog() {
        assertThat(RestClient.anonymous(port).get("/notifications").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv.so-y-te").get("/notifications").status()).isEqualTo(403);
        assertThat(RestClient.as(port, "giamdoc.snv").get("/mailbox").status()).isEqualTo(200);
        assertThat(RestClient.as(port, "admin").get("/notifications").status()).isEqualTo(200);
    }

    @Test
    void logShowsWhyANotificationFailedAndSnvCanResendIt() throws Exception {
        String key = "test:page:" + System.nanoTime();
        notifications.enqueue(new NewNotification(key, "soyte@vinhlong.gov.vn", "Sở Y tế", "so-kh-cn-page",
                "KH-PAGE", "digest", Map.of("agencyName", "Sở Y tế", "today", "08/04/2024", "horizon", 15,
                "overdue", List.of(), "upcoming", List.of(), "tasklistUrl", "http://localhost/")));
        jdbc.update("UPDATE cchc_notification SET status = 'FAILED', attempts = 8, "
                + "last_error = 'Connection refused <b>' WHERE idempotency_key = ?", key);
        long id = notifications.findByKey(key).orElseThrow().id();

        RestClient.Response page = RestClient.as(port, "chuyenvien.snv").get("/notifications?agency=so-kh-cn-page");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký thông báo", "soyte@vinhlong.gov.vn", "Gửi không thành công",
                "Connection refused &lt;b&gt;", "/notifications/" + id + "/resend");
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/notifications?agency=so-noi-vu").body())
                .doesNotContain(key);

        // a post from another site carries no CSRF token of this site's pages
        assertThat(post("/notifications/" + id + "/resend", false).statusCode()).isEqualTo(403);
        assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(NotificationStatus.FAILED);

        assertThat(post("/notifications/" + id + "/resend", true).statusCode()).isEqualTo(302);
        assertThat(notifications.find(id).orElseThrow()).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.attempts()).isZero();
        });

        // queued again already, or a number that is no notification: said so, not confirmed as resent
        HttpResponse<String> again = post("/notifications/" + id + "/resend", true);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Thông báo số " + id + " đang ở trạng thái", "Chờ gửi",
                "chỉ gửi lại được thông báo gửi không thành công.").doesNotContain("vào hàng đợi gửi lại");
        HttpResponse<String> unknown = post("/notifications/999999999/resend", true);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có thông báo số 999999999.");
    }

    private HttpResponse<String> post(String path, boolean fromThePage) {
        return PageSession.as(port, "chuyenvien.snv").postForm(path, java.util.Map.of(),
                fromThePage ? "/notifications?agency=so-kh-cn-page" : null);
    }

    @Test
    void logNamesTheAgencyAndShowsNoInternalKey() {
        String key = "test:names:" + System.nanoTime();
        notifications.enqueue(new NewNotification(key, "sotuphap@vinhlong.gov.vn", "Sở Tư pháp", "so-tu-phap",
                "KH-NAMES", "digest", Map.of("agencyName", "Sở Tư pháp", "today", "08/04/2024", "horizon", 15,
                "overdue", List.of(), "upcoming", List.of(), "tasklistUrl", "http://localhost/")));

        String body = RestClient.as(port, "chuyenvien.snv").get("/notifications?plan=KH-NAMES").body();

        assertThat(body).contains("<td>Sở Tư pháp</td>", "Tổng hợp hằng tuần", "giờ Việt Nam").doesNotContain(key);
    }

    @Test
    void mailboxHeadersAreDecoded() throws Exception {
        assertThat(NotificationPages.decoded("=?UTF-8?Q?H=E1=BB=87_th=E1=BB=91ng?=")).isEqualTo("Hệ thống");
        assertThat(NotificationPages.decoded("plain")).isEqualTo("plain");
        var address = new jakarta.mail.internet.InternetAddress(
                "=?UTF-8?Q?Chuy=C3=AAn_vi=C3=AAn_S=E1=BB=9F_T=C6=B0_ph=C3=A1p?= <sotuphap@vinhlong.gov.vn>");
        assertThat(NotificationPages.addresses(new jakarta.mail.Address[] {address}))
                .containsExactly("Chuyên viên Sở Tư pháp <sotuphap@vinhlong.gov.vn>");
    }
}
