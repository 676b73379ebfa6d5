package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.UserInputException;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A text longer than the engine keeps in a string variable (4,000 characters) is refused where the engine stores it
 * (vn.cchc.system.BoundedStringVariables), naming the field, for every way in; it used to reach the database and come
 * back as its English error with 500.
 */
@CchcIntegrationTest
class TextVariableBoundTest {

    @Autowired
    ProcessEngine engine;

    /**
     * Exactly the engine's 4,000 characters are kept. A form's refusal over HTTP is in
     * {@code security.OfficialsDoNotRewriteTest}; here the ways in that are not a form, for which the guard at the
     * forms never held: the engine's Java API as the application's code and an administrator's tools use it.
     */
    @Test
    void theEnginesFourThousandCharactersAreKeptOneMoreIsRefusedNamingTheField() {
        String instance = planTask();
        String longest = "đ".repeat(4000);
        engine.getRuntimeService().setVariable(instance, PlanVariables.PRODUCT_NOTE, longest);
        assertThat(engine.getRuntimeService().getVariable(instance, PlanVariables.PRODUCT_NOTE)).isEqualTo(longest);

        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, "ghiChuMoi", longest + "x"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("ghiChuMoi: dài 4001 ký tự, vượt giới hạn 4000 ký tự của một ô; hãy tóm tắt, văn bản dài "
                        + "hãy đính kèm tệp.");
        assertThat(engine.getRuntimeService().getVariable(instance, "ghiChuMoi")).isNull();
    }

    /** A variable that exists already (read back with its stored type) is bounded the same when it is changed. */
    @Test
    void changingAStoredTextBeyondTheBoundIsRefusedToo() {
        String instance = planTask();
        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, PlanVariables.TASK_TEXT,
                "x".repeat(4001)))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).field()).isEqualTo(PlanVariables.TASK_TEXT))
                .hasMessageContaining("dài 4001 ký tự, vượt giới hạn 4000 ký tự");
        assertThat(engine.getRuntimeService().getVariable(instance, PlanVariables.TASK_TEXT))
                .isEqualTo("Rà soát văn bản");
    }

    private String planTask() {
        Map<String, Object> vars = new HashMap<>(Map.of("agencyId", "so-tu-phap", "planId", "KH-BOUND",
                "taskText", "Rà soát văn bản"));
        vars.put("dueDate", null);
        return engine.getRuntimeService().startProcessInstanceByKey("planTask", vars).getId();
    }
}
