package vn.cchc.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/** The Tasklist filters each role finds at its first login, and what they list. */
@CchcIntegrationTest
class TasklistFiltersTest {

    private static final List<String> NAMES = List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn",
            "Chờ phê duyệt");

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TaskService taskService;
    @Autowired
    TasklistFilters filters;
    @LocalServerPort
    int port;

    @AfterEach
    void reset() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    private void loginAs(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }

    private List<String> visibleFilters(String userId) {
        loginAs(userId);
        try {
            return filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void eachRoleSeesExactlyItsFilters() {
        List<String> workers = List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
        assertThat(visibleFilters("cv.so-tu-phap")).containsExactlyInAnyOrderElementsOf(workers);
        assertThat(visibleFilters("ld.so-y-te")).containsExactlyInAnyOrderElementsOf(workers);
        assertThat(visibleFilters("chuyenvien.snv")).containsExactlyInAnyOrderElementsOf(workers);
        assertThat(visibleFilters("chutich.ubnd")).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(visibleFilters("thamdinh.vp")).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(visibleFilters("giamdoc.snv")).containsExactlyInAnyOrderElementsOf(NAMES);

        Filter unit = filter("Việc của đơn vị");
        assertThat(unit.getProperties()).containsEntry("priority", -10);
        assertThat(filter("Quá hạn").getProperties()).containsEntry("priority", -8);
        assertThat(filter("Sắp đến hạn").getProperties()).containsEntry("priority", -6);
        assertThat(filter("Việc của tôi").getProperties()).containsEntry("priority", -4);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> columns = (List<Map<String, String>>) unit.getProperties().get("variables");
        assertThat(columns).extracting(c -> c.get("name") + "=" + c.get("label")).containsExactly(
                "planTitle=Kế hoạch", "taskText=Nhiệm vụ", "agencyName=Cơ quan chủ trì",
                "deadlineText=Thời hạn theo kế hoạch", "statusText=Tình trạng", "returnedBy=Bị trả lại");
    }

    @Test
    void creatingTheFiltersAgainChangesNothing() {
        long filtersBefore = filterService.createFilterQuery().filterNameLike("%").count();
        long grantsBefore = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();
        filters.ensure();
        filters.ensure();
        assertThat(filterService.createFilterQuery().filterNameLike("%").count()).isEqualTo(filtersBefore);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
                .isEqualTo(grantsBefore);
        for (String name : NAMES) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
    }

    @Test
    void unitFilterListsTheAgencysTasksAndNotAnothers() {
        String key = startTask("so-tu-phap", LocalDate.of(2024, 6, 28));
        assertThat(listed("cv.so-tu-phap", "Việc của đơn vị")).contains(key);
        assertThat(listed("ld.so-tu-phap", "Việc của đơn vị")).contains(key);
        assertThat(listed("cv.so-noi-vu", "Việc của đơn vị")).doesNotContain(key);
        assertThat(listed("chutich.ubnd", "Chờ phê duyệt")).doesNotContain(key);
    }

    @Test
    void dueSoonCountsFifteenWorkingDaysAcrossTetAndOverdueStartsAfterTheDeadlineDay() {
        // Tết 2024 closes offices from Thursday 8/2 to Wednesday 14/2: 15 working days after Monday 5/2 end on
        // Monday 4/3, so a deadline of 29/02 (24 calendar days away) is already "due soon".
        String key = startTask("so-y-te", LocalDate.of(2024, 2, 29));
        ClockUtil.setCurrentTime(vietnam(2024, 2, 5, 8));
        assertThat(listed("cv.so-y-te", "Sắp đến hạn")).contains(key);
        assertThat(listed("cv.so-y-te", "Quá hạn")).doesNotContain(key);

        ClockUtil.setCurrentTime(vietnam(2024, 1, 15, 8));
        assertThat(listed("cv.so-y-te", "Sắp đến hạn")).doesNotContain(key);

        ClockUtil.setCurrentTime(vietnam(2024, 2, 29, 23));
        assertThat(listed("cv.so-y-te", "Sắp đến hạn")).contains(key);
        assertThat(listed("cv.so-y-te", "Quá hạn")).doesNotContain(key);

        ClockUtil.setCurrentTime(vietnam(2024, 3, 1, 0));
        assertThat(listed("cv.so-y-te", "Quá hạn")).contains(key);
        assertThat(listed("cv.so-y-te", "Sắp đến hạn")).doesNotContain(key);
        assertThat(listed("cv.so-noi-vu", "Quá hạn")).doesNotContain(key);
    }

    @Test
    void listsShowTheEarliestDeadlineFirstEvenWhenTheTasklistAsksForNewestFirst() {
        String late = startTask("so-cong-thuong", LocalDate.of(2024, 9, 30));
        String early = startTask("so-cong-thuong", LocalDate.of(2024, 3, 29));
        assertThat(listed("cv.so-cong-thuong", "Việc của đơn vị")).containsSubsequence(early, late);

        String filterId = filter("Việc của đơn vị").getId();
        loginAs("cv.so-cong-thuong");
        List<Task> tasks;
        try {
            // what the Tasklist sends by default: sorting by creation, newest first
            // (a page, as every user's list: queryMaxResultsLimit)
            tasks = filterService.listPage(filterId, taskService.createTaskQuery().orderByTaskCreateTime().desc(),
                    0, 2000);
        } finally {
            identityService.clearAuthentication();
        }
        List<String> keys = tasks.stream().map(t -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()).toList();
        assertThat(keys).containsSubsequence(early, late);
    }

    @Test
    void taskCardsShowThePlanToTheAgencyButItsInstanceStaysClosedToOthers() throws Exception {
        ProcessInstance instance = startInstance("so-tai-chinh", LocalDate.of(2024, 6, 28));
        String filterId = filter("Việc của đơn vị").getId();
        JsonNode cards = new ObjectMapper().readTree(halList("cv.so-tai-chinh", filterId));
        JsonNode card = null;
        for (JsonNode task : cards.at("/_embedded/task")) {
            if (task.get("processInstanceId").asText().equals(instance.getId())) {
                card = task;
            }
        }
        assertThat(card).as("task card of so-tai-chinh").isNotNull();
        Map<String, String> shown = new HashMap<>();
        card.at("/_embedded/variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
        assertThat(shown).containsEntry("planTitle", "Kế hoạch CCHC năm 2024")
                .containsEntry("taskText", "Rà soát thủ tục hành chính").containsEntry("agencyName", "so-tai-chinh")
                .containsEntry("deadlineText", "2024-06-28");

        RestClient other = RestClient.as(port, "cv.so-noi-vu");
        assertThat(other.get("/engine-rest/process-instance/" + instance.getId() + "/variables").status())
                .isEqualTo(403);
    }

    /** The filter's task list as the Tasklist fetches it (HAL, with the card variables embedded). */
    private String halList(String userId, String filterId) throws Exception {
        String basic = Base64.getEncoder().encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/filter/"
                        + filterId + "/list?firstResult=0&maxResults=200"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Date vietnam(int year, int month, int day, int hour) {
        return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant());
    }

    private Filter filter(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }

    /** Business keys of the process instances of the tasks the filter lists for the user. */
    private List<String> listed(String userId, String filterName) {
        String filterId = filter(filterName).getId();
        List<Task> tasks;
        loginAs(userId);
        try {
            tasks = filterService.listPage(filterId, 0, 2000);
        } finally {
            identityService.clearAuthentication();
        }
        return tasks.stream().map(task -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()).toList();
    }

    private String startTask(String agencyId, LocalDate due) {
        return startInstance(agencyId, due).getBusinessKey();
    }

    /** A planTask for the agency with the given deadline day, started directly on the engine. */
    private ProcessInstance startInstance(String agencyId, LocalDate due) {
        String key = "FILTER-TEST:" + System.nanoTime() + ":" + agencyId;
        Map<String, Object> vars = new HashMap<>();
        vars.put("planId", "FILTER-TEST");
        vars.put("planTitle", "Kế hoạch CCHC năm 2024");
        vars.put("agencyId", agencyId);
        vars.put("agencyName", agencyId);
        vars.put("taskText", "Rà soát thủ tục hành chính");
        vars.put("deadlineText", due.toString());
        vars.put("dueDate", Date.from(due.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        return runtimeService.createProcessInstanceByKey("planTask").businessKey(key).setVariables(vars).execute();
    }
}
