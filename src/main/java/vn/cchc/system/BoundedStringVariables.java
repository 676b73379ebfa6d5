package vn.cchc.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;

/**
 * The engine keeps a string variable in one {@code VARCHAR(4000)} column ({@code TEXT_} of its variable tables, on
 * every database it supports). A longer string — a comment pasted into a Tasklist form, a value sent to
 * {@code /engine-rest} — used to fail only when the command's rows were written: the caller got the database's
 * English error as a 500. Here the engine's own string serializer is replaced by one that refuses such a value when
 * it is set, before anything is written: a {@link UserInputException} naming the variable, which
 * {@code security.ListenerRefusals} turns into the form's refusal (400, shown under the form in the Tasklist) or a
 * 400 on any other engine call; the command is rolled back, nothing changes.
 *
 * <p>Same name ({@code string}) and same columns as the engine's, so existing rows read as before. The forms declare
 * the same bound or a smaller one ({@code validate.maxLength}), so the Tasklist stops an official before sending.
 */
@Component
class BoundedStringVariables extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedStringVariables.class);
    /** The engine's column for a string variable: {@code TEXT_ VARCHAR(4000)}. */
    static final int MAX_LENGTH = 4000;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        VariableSerializers serializers = configuration.getVariableSerializers();
        TypedValueSerializer<?> standard = serializers.getSerializerByName(ValueType.STRING.getName());
        int index = serializers.getSerializerIndex(standard);
        // removed from the list and the by-name map, so both new values and values read back (then changed) go here
        serializers.removeSerializer(standard);
        serializers.addSerializer(new Bounded(), index);
    }

    static final class Bounded extends StringValueSerializer {

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            String text = value.getValue();
            if (text != null && text.length() > MAX_LENGTH) {
                String name = fields.getName();
                LOG.info("String variable {} refused: {} characters, the engine keeps {}", name, text.length(),
                        MAX_LENGTH);
                throw UserInputException.field(name, "engine.textTooLong",
                        text("form.field." + name, text("plan.field." + name, name)),
                        text.length(), MAX_LENGTH, text("form.hint." + name, Texts.get("engine.textTooLong.hint")));
            }
            super.writeValue(value, fields);
        }

        /**
         * The bundle's sentence for {@code key}, else {@code otherwise}: a field's Vietnamese name
         * ({@code form.field.<variable>}, else the plan forms' {@code plan.field.<variable>}, else the variable's own
         * name), what to do instead ({@code form.hint.<variable>}).
         */
        private static String text(String key, String otherwise) {
            try {
                return Texts.get(key);
            } catch (java.util.MissingResourceException e) {
                return otherwise;
            }
        }
    }
}
