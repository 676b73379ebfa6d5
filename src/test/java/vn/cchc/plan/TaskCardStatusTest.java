package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.shared.DueDates;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.IssuedPlans;

/**
 * The status line of an agency's task card ("Tình trạng", variable {@code statusText}) as the Tasklist fetches it
 * (the filter's HAL list with its card variables, as the agency's official), over the life of one task: not due yet
 * when deployed months before its date, overdue once the engine clock passes the date and the follow-up's timers run,
 * back in progress when SNV extends it. The labels are the items page's.
 */
@CchcIntegrationTest
class TaskCardStatusTest {

    private static final String ITEMS = """
            [{"task": "Rà soát, đánh giá thủ tục hành chính năm 2024", "lead": "Sở Tư pháp", "product": "Báo cáo",
              "due": "2024-09-30"}]""";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanAmendments amendments;
    @Autowired
    AssignmentExtensions extensions;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskCardRefresh refresh;

    private IssuedPlans plans;
    private IssuedPlans.IssuedPlan plan;
    private String assignmentId;

    @BeforeEach
    void issued() {
        ClockUtil.setCurrentTime(at(2024, 1, 2));
        plans = new IssuedPlans(engine, amendments, assignments, jdbc);
        plan = plans.issue("KH-CARD", "Kế hoạch CCHC năm 2024 (thẻ công việc)", ITEMS);
        assignmentId = plan.decision() + ":1:so-tu-phap";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewTaskIsNotDueThenOverdueOnceItsDayHasPassedThenInProgressWhenExtended() throws Exception {
        assertThat(card()).isEqualTo("Chưa đến hạn");

        ClockUtil.setCurrentTime(at(2024, 10, 3));
        plans.runJobs(plan.id());

        assertThat(assignments.find(assignmentId).orElseThrow().status()).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(card()).isEqualTo("Quá hạn");

        extensions.extend(plan.id(), 1, assignmentId, "2024-10-31", "Chờ số liệu của các huyện", "chuyenvien.snv");
        plans.runJobs(plan.id());

        // 31/10 is inside the current reporting period (the year's, reported in December) and before the first
        // reminder: in progress, on time
        assertThat(assignments.find(assignmentId).orElseThrow().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(card()).isEqualTo("Đang thực hiện trong hạn");
    }

    @Test
    void aStatusThatChangesWithoutATimerReachesTheCardAtTheDailyRefresh() throws Exception {
        extensions.extend(plan.id(), 1, assignmentId, "2024-10-31", "Chờ số liệu của các huyện", "chuyenvien.snv");
        plans.runJobs(plan.id());
        assertThat(card()).isEqualTo("Chưa đến hạn");

        // 25/09: the year's reporting period (reported in December) has begun, 31/10 falls inside it; the first
        // reminder (10 working days before 31/10) is still weeks away, so no timer fires
        ClockUtil.setCurrentTime(at(2024, 9, 25));
        plans.runJobs(plan.id());
        assertThat(card()).isEqualTo("Chưa đến hạn");

        assertThat(refresh.run()).isPositive();
        assertThat(assignments.find(assignmentId).orElseThrow().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(card()).isEqualTo("Đang thực hiện trong hạn");
        assertThat(refresh.run()).as("nothing left to change").isZero();
    }

    /** The card's status line as the agency's official sees it in "Việc của đơn vị". */
    private String card() throws Exception {
        String filterId = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult()
                .getId();
        String basic = Base64.getEncoder().encodeToString("cv.so-tu-phap:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/filter/"
                        + filterId + "/list?firstResult=0&maxResults=500"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String instanceId = assignments.find(assignmentId).orElseThrow().processInstanceId();
        JsonNode hal = new ObjectMapper().readTree(response.body());
        for (JsonNode task : hal.at("/_embedded/task")) {
            if (task.get("processInstanceId").asText().equals(instanceId)) {
                for (JsonNode variable : task.at("/_embedded/variable")) {
                    if (variable.get("name").asText().equals(PlanVariables.STATUS_TEXT)) {
                        return variable.get("value").asText();
                    }
                }
                return null;
            }
        }
        throw new AssertionError("no card for " + assignmentId);
    }

    private static Date at(int year, int month, int day) {
        return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(DueDates.ZONE).toInstant());
    }
}
