package vn.cchc.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The PostgreSQL driver settings of {@code config/application-prod.yml}
 * ({@code spring.datasource.hikari.data-source-properties.*}: batched inserts, planning with the values, the
 * planner's costs), read from that file, so that the tests and benchmarks that run on PostgreSQL plan and write as
 * production does. They are not in {@code config/application.yml} because the default database is H2.
 */
public final class ProductionDriverSettings {

    public static final String PREFIX = "spring.datasource.hikari.data-source-properties.";
    private static final String FILE = "config/application-prod.yml";

    private ProductionDriverSettings() {
    }

    /** Each setting as a Spring property, e.g. {@code spring.datasource.hikari.data-source-properties.options}. */
    public static Map<String, String> properties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(FILE));
        Properties all = yaml.getObject();
        Map<String, String> settings = new LinkedHashMap<>();
        if (all != null) {
            // YAML gives numbers and booleans as such (prepareThreshold: 0), which Properties' string views skip
            all.forEach((name, value) -> {
                if (String.valueOf(name).startsWith(PREFIX)) {
                    settings.put(String.valueOf(name), String.valueOf(value));
                }
            });
        }
        for (String expected : new String[] {"reWriteBatchedInserts", "prepareThreshold", "options"}) {
            if (!settings.containsKey(PREFIX + expected)) {
                throw new IllegalStateException(FILE + " has no " + PREFIX + expected
                        + ": run from the project's directory");
            }
        }
        return settings;
    }

    /** One setting's value in production, e.g. {@code options}. */
    public static String value(String name) {
        return properties().get(PREFIX + name);
    }
}
