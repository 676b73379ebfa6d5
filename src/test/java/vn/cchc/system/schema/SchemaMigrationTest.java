package vn.cchc.system.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh database migrates to the whole schema on both databases the application runs on: the application's
 * tables, Quartz's from Quartz's own DDL, the engine's from the engine's own scripts (the engine then starts with
 * schema update off), and the job due-date index. A non-empty database that is not an existing installation is
 * refused instead of being baselined.
 */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void freshPostgresqlMigratesToTheWholeSchema() throws SQLException {
        String url = TestDatabases.postgres("fresh_migration");
        MigrationRun.migrate(url, TestDatabases.POSTGRES_USER, SchemaMigrationTest::allApplied);
        assertWholeSchema(TestDatabases.dataSource(url, TestDatabases.POSTGRES_USER));
    }

    @Test
    void freshH2MigratesToTheWholeSchema() throws SQLException {
        String url = TestDatabases.h2(dir, "fresh");
        MigrationRun.migrate(url, TestDatabases.H2_USER, SchemaMigrationTest::allApplied);
        assertWholeSchema(TestDatabases.dataSource(url, TestDatabases.H2_USER));
    }

    @Test
    void aForeignDatabaseIsNotBaselined() {
        String url = TestDatabases.h2(dir, "foreign");
        DataSource dataSource = TestDatabases.dataSource(url, TestDatabases.H2_USER);
        JdbcClient.create(dataSource).sql("CREATE TABLE someone_elses (id INT)").update();

        MigrationRun.migrateFailing(url, TestDatabases.H2_USER, context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("not a database of the release before Flyway")
                        .hasMessageContaining("cchc_plan"));

        assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE LOWER(TABLE_NAME) = 'flyway_schema_history'").query(Long.class).single())
                .as("no baseline recorded").isZero();
    }

    @Test
    void theQuartzScriptsLoseOnlyTheirDropsAndCommit() {
        for (SchemaDatabase database : SchemaDatabase.values()) {
            SqlScript whole = SqlScript.load(database.quartzScript());
            SqlScript kept = whole.without(SqlScript::isDropOrCommit);
            assertThat(kept.statements()).as(database.name())
                    .allMatch(s -> s.startsWith("CREATE ") || s.startsWith("ALTER TABLE "))
                    .filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(11);
            assertThat(whole.statements()).filteredOn(s -> !kept.statements().contains(s))
                    .allMatch(s -> s.startsWith("DROP TABLE") || s.equals("COMMIT")).isNotEmpty();
        }
    }

    @Test
    void theEngineShipsTheScriptsTheMigrationsName() {
        for (SchemaDatabase database : SchemaDatabase.values()) {
            for (String component : List.of("engine", "history", "identity", "case.engine", "case.history",
                    "decision.engine", "decision.history")) {
                assertThat(SqlScript.load(database.camundaCreateScript(component)).statements()).isNotEmpty();
            }
            // the pattern of the next Camunda upgrade's migration (docs/operations.md), on the last upgrade shipped
            assertThat(SqlScript.load(database.camundaUpgradeScript("7.23", "7.24")).statements()).isNotEmpty();
        }
    }

    private static void allApplied(Flyway flyway) {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(m -> m.getVersion().getVersion()).startsWith("1", "2", "3", "4", "5", "6");
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    private static void assertWholeSchema(DataSource dataSource) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // the previous release's sixteen application tables and those added since by migrations V5 onwards
        assertThat(tables(jdbc, "cchc\\_%")).hasSizeGreaterThan(16).contains("cchc_checkpoint", "cchc_reorganisation", "cchc_reorganisation_move");
        assertThat(tables(jdbc, "qrtz\\_%")).hasSize(11);
        // HTTP sessions (V12, Spring Session JDBC's schema)
        assertThat(tables(jdbc, "spring\\_session%")).containsExactlyInAnyOrder("spring_session",
                "spring_session_attributes");
        // everything a database of the release before Flyway has, the job due-date index included
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PreviousReleaseCheck.missing(connection)).isEmpty();
            // the job acquisition's order, priority then due date (V13)
            List<String> jobIndexes = new java.util.ArrayList<>();
            for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
                try (var rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        jobIndexes.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase());
                    }
                }
            }
            assertThat(jobIndexes).contains("cchc_idx_job_priority_duedate");
        }
        // the engine finds its tables and their version, and works on them with schema update off
        ProcessEngine engine = PlainEngine.start(dataSource, false);
        try {
            assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_JOB");
            engine.getIdentityService().saveUser(engine.getIdentityService().newUser("schemacheck"));
            assertThat(engine.getIdentityService().createUserQuery().userId("schemacheck").count()).isOne();
        } finally {
            engine.close();
        }
    }

    static List<String> tables(JdbcClient jdbc, String likePattern) {
        return jdbc.sql("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE ? "
                + "AND TABLE_TYPE IN ('TABLE', 'BASE TABLE')").param(likePattern).query(String.class).list();
    }
}
