package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.notify.NotificationDelivery;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/** The backlog gauges count what they say, and /actuator/prometheus is for administrators only. */
@CchcIntegrationTest
class BacklogMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry registry;

    /**
     * Spring Boot's tests turn metric exporters off, so /actuator/prometheus itself answers in the fault suite's
     * nodes (docs/reliability.md); here: the gauges are registered, and the chain refuses everyone but
     * administrators before the endpoint is reached.
     */
    @Test
    void gaugesAreRegisteredAndTheEndpointIsForAdministratorsOnly() {
        assertThat(registry.find("cchc.outbox.notifications").tag("state", "in_doubt").gauge()).isNotNull();
        assertThat(registry.find("cchc.engine.jobs").tag("state", "due").gauge()).isNotNull();
        assertThat(registry.find("cchc.engine.incidents").gauge()).isNotNull();
        assertThat(RestClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(RestClient.as(port, "cv.so-tu-phap").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(RestClient.as(port, "chuyenvien.snv").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void theLoadBalancerProbeIsPublicAndLeavesTheMailServerOut() {
        RestClient.Response readiness = RestClient.anonymous(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
        assertThat(RestClient.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void countsTheOutboxByState() {
        BacklogMetrics.Backlog before = new BacklogMetrics(jdbc, clock).current();
        LocalDateTime now = LocalDateTime.now(clock);
        insert("backlog-test:due", "PENDING", now.minusMinutes(1), null);
        insert("backlog-test:later", "PENDING", now.plusHours(1), null);
        insert("backlog-test:doubt", "FAILED", now, BacklogMetrics.IN_DOUBT_PREFIX + " (test)");
        insert("backlog-test:failed", "FAILED", now, "550 no such user");
        try {
            BacklogMetrics.Backlog after = new BacklogMetrics(jdbc, clock).current();
            assertThat(after.pending() - before.pending()).isEqualTo(2);
            assertThat(after.due() - before.due()).isEqualTo(1);
            assertThat(after.failed() - before.failed()).isEqualTo(2);
            assertThat(after.inDoubt() - before.inDoubt()).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM cchc_notification WHERE idempotency_key LIKE 'backlog-test:%'");
        }
    }

    @Test
    void inDoubtIsRecognisedByTheOutboxOwnNote() throws Exception {
        Field note = NotificationDelivery.class.getDeclaredField("IN_DOUBT");
        note.setAccessible(true);
        assertThat((String) note.get(null)).startsWith(BacklogMetrics.IN_DOUBT_PREFIX);
    }

    private void insert(String key, String status, LocalDateTime next, String error) {
        jdbc.update("INSERT INTO cchc_notification (idempotency_key, recipient, template, data, status, attempts, "
                + "next_attempt_at, last_error, created_at) VALUES (?, 'x@example.invalid', 'alert', '{}', ?, 1, ?, "
                + "?, ?)", key, status, Timestamp.valueOf(next), error, Timestamp.valueOf(next));
    }
}
