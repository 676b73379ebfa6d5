package vn.cchc.system.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Runs Flyway as the application does, with the application's own settings (config/application.yml: locations,
 * baseline) and its callbacks, but without the engine and the web server: the migration alone, on a database of
 * the test's choosing.
 */
final class MigrationRun {

    private MigrationRun() {
    }

    static ApplicationContextRunner on(String jdbcUrl, String user) {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withBean(PreviousReleaseCheck.class)
                .withPropertyValues("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + user,
                        "spring.datasource.password=");
    }

    /** Migrates and hands the started Flyway to the assertions; fails if the migration failed. */
    static void migrate(String jdbcUrl, String user, Consumer<Flyway> assertions) {
        on(jdbcUrl, user).run(context -> {
            assertThat(context).hasNotFailed();
            assertions.accept(context.getBean(Flyway.class));
        });
    }

    /** Migrates and hands the failed context to the assertions. */
    static void migrateFailing(String jdbcUrl, String user, Consumer<AssertableApplicationContext> assertions) {
        on(jdbcUrl, user).run(context -> {
            assertThat(context).hasFailed();
            assertions.accept(context);
        });
    }
}
