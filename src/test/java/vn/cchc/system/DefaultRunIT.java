package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.RestClient;

/**
 * The README's first command, as a newcomer runs it: the default configuration (H2 file database, embedded SMTP
 * server, job executor on, demo users and sample plans), only on free ports and a fresh data folder. The server is
 * healthy, this year's sample plan is issued and deployed, the item the demo marks done is done, and the reminder
 * the demo brings forward arrives on /mailbox within the first minute. Run by failsafe in a JVM of its own (an
 * engine registers itself process-wide; a second application in the suite's JVM would disturb the shared one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultRunIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;

    @DynamicPropertySource
    static void freshFolderAndFreePorts(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("cchc") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
        int smtp = freePort();
        properties.add("spring.mail.port", () -> smtp);
    }

    @Test
    void theDemoRunsAndItsFirstReminderArrives() throws Exception {
        RestClient anonymous = RestClient.anonymous(port);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");

        int year = LocalDate.now(VIETNAM).getYear();
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        String plans = snv.get("/plans").body();
        assertThat(plans).contains("KH-DEMO-" + year).contains("KH-DEMO-" + (year + 1));

        String mailbox = waitFor(Duration.ofSeconds(120), () -> snv.get("/mailbox").body(),
                page -> page.contains("[Nhắc việc CCHC]"));
        assertThat(mailbox).contains("[Nhắc việc CCHC]").contains("Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
        // the item the demo marks done has been recorded by its agency and accepted by SNV
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PlanVariables.TASK_PROCESS_KEY)
                .finished().count()).isPositive();
    }

    private static String waitFor(Duration limit, java.util.function.Supplier<String> read,
                                  java.util.function.Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String last = read.get();
        while (!done.test(last) && System.nanoTime() < end) {
            Thread.sleep(2000);
            last = read.get();
        }
        return last;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
