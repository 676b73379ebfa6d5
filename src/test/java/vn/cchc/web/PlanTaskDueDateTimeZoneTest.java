package vn.cchc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;
import vn.cchc.web.e2e.EnginePlan;

/**
 * With the server's JVM in UTC or west of UTC, a plan item due "Quý I/2025" (Monday 31/03/2025) becomes a task the
 * engine stores, and the REST API hands to the Tasklist, as due at 31/03/2025 23:59:59 in Vietnam; its form says
 * 31/03/2025.
 */
@CchcIntegrationTest
class PlanTaskDueDateTimeZoneTest {

    private static final TimeZone ORIGINAL = TimeZone.getDefault();
    private static final Instant END_OF_31_MARCH_2025_IN_VIETNAM = Instant.parse("2025-03-31T16:59:59Z");
    /** The date format of Camunda's REST API, e.g. 2025-03-31T09:59:59.000-0700. */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles"})
    void dueDateIsTheEndOfTheDeadlineDayInVietnam(String serverZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        String run = serverZone.replace('/', '-') + "-" + System.nanoTime();
        String decision = run + "/QĐ-UBND";
        EnginePlan.draft(engine, "KH-TZ-" + run, 2025, "Kế hoạch CCHC năm 2025", List.of(Map.of(
                        "task", "Rà soát, đơn giản hóa thủ tục hành chính", "lead", "Sở Tư pháp",
                        "product", "Báo cáo", "due", "Quý I/2025")))
                .issued(decision);

        Task stored = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(decision + ":1:so-tu-phap").singleResult();
        assertThat(stored.getDueDate().toInstant()).isEqualTo(END_OF_31_MARCH_2025_IN_VIETNAM);
        assertThat(engine.getTaskService().getVariable(stored.getId(), "dueDateText")).isEqualTo("31/03/2025");

        RestClient official = RestClient.as(port, "cv.so-tu-phap");
        String due = official.get("/engine-rest/task/" + stored.getId()).json().get("due").asText();
        assertThat(OffsetDateTime.parse(due, REST_DATE).toInstant()).isEqualTo(END_OF_31_MARCH_2025_IN_VIETNAM);
        assertThat(official.get("/engine-rest/task/" + stored.getId() + "/form-variables").json()
                .at("/dueDateText/value").asText()).isEqualTo("31/03/2025");
    }
}
