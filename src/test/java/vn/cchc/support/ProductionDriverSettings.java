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
            all.stringPropertyNames().stream().filter(name -> name.startsWith(PREFIX)).sorted()
                    .forEach(name -> settings.put(name, all.getProperty(name)));
        }
        if (!settings.containsKey(PREFIX + "options")) {
            throw new IllegalStateException(FILE + " has no " + PREFIX + "options: run from the project's directory");
        }
        return settings;
    }

    /** One setting's value in production, e.g. {@code options}. */
    public static String value(String name) {
        return properties().get(PREFIX + name);
    }
}
