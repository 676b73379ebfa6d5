package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.Texts;

/**
 * Every field of the Tasklist forms an official types text into declares the bound the server holds it to, so the
 * Tasklist says "Tối đa … ký tự." before sending rather than the server refusing after: the engine's 4,000 characters
 * of a string variable (vn.cchc.system.BoundedStringVariables), or the narrower column of the plan's record. Each
 * such field has a Vietnamese name for the server's refusal ({@code form.field.<key>} or {@code plan.field.<key>}).
 */
class FormTextBoundsTest {

    private static final Map<String, Integer> PLAN_COLUMNS = Map.of(
            PlanVariables.PLAN_TITLE, Plan.TITLE_LENGTH, PlanVariables.DECISION_NUMBER, Plan.NUMBER_LENGTH,
            PlanVariables.SUBMISSION_NUMBER, Plan.NUMBER_LENGTH, PlanVariables.SIGNER, Plan.SIGNER_LENGTH);

    @Test
    void everyTypedFieldDeclaresTheServersBoundAndHasAVietnameseName() throws IOException {
        List<String> fields = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), fields);
            }
        }
        assertThat(fields).as("typed fields found").hasSizeGreaterThan(40);
    }

    /** The field's name in the bundle: {@code form.field.<key>}, else the plan forms' {@code plan.field.<key>}. */
    private static String name(String key) {
        try {
            return Texts.get("form.field." + key);
        } catch (java.util.MissingResourceException e) {
            return Texts.get("plan.field." + key);
        }
    }

    private static void collect(JsonNode node, String form, List<String> fields) {
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            boolean typed = (type.equals("textfield") || type.equals("textarea"))
                    && !component.path("readonly").asBoolean() && !component.path("disabled").asBoolean();
            if (typed) {
                String key = component.path("key").asText();
                int max = component.path("validate").path("maxLength").asInt(-1);
                assertThat(max).as(form + " " + key + ": validate.maxLength").isPositive()
                        .isLessThanOrEqualTo(PLAN_COLUMNS.getOrDefault(key, 4000));
                assertThat(name(key)).as(form + " " + key).isNotBlank();
                fields.add(form + ":" + key);
            }
            collect(component, form, fields);
        }
    }
}
