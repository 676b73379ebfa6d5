package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * Starting a plan with its start form ("Năm kế hoạch", "Tên kế hoạch") as SNV does: a year that is not a number was
 * taken for next year without a word; it is refused, naming the field. A year typed as text is read as the year.
 */
@CchcIntegrationTest
class PlanRegistrationTest {

    private static final String START = "/engine-rest/process-definition/key/planLifecycle/submit-form";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Plans plans;

    @Test
    void aYearThatIsNotANumberIsRefusedByName() {
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("planLifecycle").count();

        for (Map<String, Object> year : java.util.List.<Map<String, Object>>of(Map.of("value", "abc"),
                Map.of("value", "2031-01-01T00:00:00.000+0700", "type", "Date"))) {
            RestClient.Response refused = snv.post(START, Map.of("variables", Map.of("planYear", year,
                    "planTitle", Map.of("value", "Kế hoạch CCHC năm sau"))));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).isEqualTo("\"Năm kế hoạch\" phải là một số.");
            assertThat(refused.json().get("field").asText()).isEqualTo("planYear");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("planLifecycle").count())
                .isEqualTo(before);
    }

    @Test
    void aYearTypedAsTextIsThatYear() {
        RestClient.Response started = RestClient.as(port, "chuyenvien.snv").post(START, Map.of("variables",
                Map.of("planYear", Map.of("value", "2031"), "planTitle", Map.of("value", "Kế hoạch CCHC năm 2031"))));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String planId = (String) runtime.getVariable(started.json().get("id").asText(), "planId");
        assertThat(plans.find(planId)).hasValueSatisfying(plan -> assertThat(plan.year()).isEqualTo(2031));
    }
}
