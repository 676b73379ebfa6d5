package vn.cchc.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What each step's form asks the user for: the field keys of the Camunda Form that a user task or start event
 * names ({@code camunda:formRef}). The forms are read once from {@code classpath:bpmn/forms/}; the steps are learnt
 * as the engine parses each process (a parse listener), keyed by process key and activity id.
 */
final class StepForms extends AbstractBpmnParseListener {

    private final Map<String, Set<String>> fieldsByForm;
    private final Map<String, String> formByStep = new ConcurrentHashMap<>();

    StepForms(Map<String, Set<String>> fieldsByForm) {
        this.fieldsByForm = Map.copyOf(fieldsByForm);
    }

    static StepForms fromClasspath() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> fields = new HashMap<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    Set<String> keys = new HashSet<>();
                    collect(root, keys);
                    fields.put(root.path("id").asText(), keys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the task forms", e);
        }
        return new StepForms(fields);
    }

    /** Every {@code key} (a field) and {@code path} (a group's object variable), at any depth. */
    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.hasNonNull("path")) {
                keys.add(component.get("path").asText().split("\\.")[0]);
            }
            collect(component, keys);
        }
    }

    /** The fields the form of step {@code activityId} of process {@code processKey} asks for; empty without one. */
    Set<String> fieldsOf(String processKey, String activityId) {
        return Optional.ofNullable(formByStep.get(processKey + "#" + activityId)).map(fieldsByForm::get)
                .orElse(Set.of());
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        remember(element, activity);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        remember(element, activity);
    }

    private void remember(Element element, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef != null) {
            formByStep.put(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey() + "#" + activity.getId(), formRef);
        }
    }
}
