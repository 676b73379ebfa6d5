package vn.cchc.system.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An existing installation upgrades in place: a database created by the release before Flyway (its scripts, its
 * engine, its rows) is baselined at version 4 on the first start with Flyway, every later migration is applied on
 * top, the rows are still there and the engine carries on with its instances. On PostgreSQL the upgraded schema is
 * the one a fresh database gets, column by column, index by index, constraint by constraint.
 */
class PreviousReleaseUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aPostgresqlDatabaseOfThePreviousReleaseKeepsItsRowsAndEndsWithTheFreshSchema() throws SQLException {
        String url = TestDatabases.postgres("previous_release");
        DataSource dataSource = TestDatabases.dataSource(url, TestDatabases.POSTGRES_USER);
        String processInstanceId = PreviousRelease.create(dataSource);

        MigrationRun.migrate(url, TestDatabases.POSTGRES_USER, PreviousReleaseUpgradeTest::baselinedAndUpToDate);

        assertRowsKept(dataSource, processInstanceId);
        String fresh = TestDatabases.postgres("fresh_for_comparison");
        MigrationRun.migrate(fresh, TestDatabases.POSTGRES_USER, flyway -> { });
        PostgresSchema upgraded = PostgresSchema.of(dataSource);
        PostgresSchema created = PostgresSchema.of(TestDatabases.dataSource(fresh, TestDatabases.POSTGRES_USER));
        assertThat(upgraded.columns()).containsExactlyElementsOf(created.columns());
        assertThat(upgraded.indexes()).containsExactlyElementsOf(created.indexes());
        assertThat(upgraded.constraints()).containsExactlyElementsOf(created.constraints());
    }

    @Test
    void anH2DatabaseOfThePreviousReleaseKeepsItsRows() {
        String url = TestDatabases.h2(dir, "previous");
        DataSource dataSource = TestDatabases.dataSource(url, TestDatabases.H2_USER);
        String processInstanceId = PreviousRelease.create(dataSource);

        MigrationRun.migrate(url, TestDatabases.H2_USER, PreviousReleaseUpgradeTest::baselinedAndUpToDate);

        assertRowsKept(dataSource, processInstanceId);
    }

    private static void baselinedAndUpToDate(Flyway flyway) {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied[0].getType()).isEqualTo(CoreMigrationType.BASELINE);
        assertThat(applied[0].getVersion()).isEqualTo(MigrationVersion.fromVersion("4"));
        assertThat(Arrays.stream(applied).skip(1)).as("migrations after the baseline")
                .allMatch(m -> m.getState() == MigrationState.SUCCESS)
                .allMatch(m -> m.getVersion().isNewerThan("4"));
        MigrationVersion latest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(flyway.info().current().getVersion()).as("up to date").isEqualTo(latest);
        assertThat(flyway.info().pending()).isEmpty();
    }

    private static void assertRowsKept(DataSource dataSource, String processInstanceId) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT decision_number FROM cchc_plan WHERE id = ?").param(PreviousRelease.PLAN)
                .query(String.class).single()).isEqualTo("12/QĐ-UBND");
        assertThat(jdbc.sql("SELECT task FROM cchc_plan_item WHERE plan_id = ? ORDER BY item_no")
                .param(PreviousRelease.PLAN).query(String.class).list())
                .containsExactly("Nhiệm vụ số 1", "Nhiệm vụ số 2");
        assertThat(jdbc.sql("SELECT process_instance_id FROM cchc_assignment WHERE id = ?")
                .param(PreviousRelease.BUSINESS_KEY).query(String.class).single()).isEqualTo(processInstanceId);
        assertThat(jdbc.sql("SELECT agency_id FROM cchc_plan_amendment WHERE plan_id = ?")
                .param(PreviousRelease.PLAN).query(String.class).single()).isEqualTo("so-tu-phap");
        assertThat(jdbc.sql("SELECT status FROM cchc_notification WHERE idempotency_key = ?")
                .param(PreviousRelease.IDEMPOTENCY_KEY).query(String.class).single()).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'digest'")
                .query(Long.class).single()).isEqualTo(PreviousRelease.NEXT_FIRE_TIME);
        // the outbox's identity column carries on after the existing rows
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 3, 2, 8, 0));
        jdbc.sql("INSERT INTO cchc_notification (idempotency_key, recipient, template, data, status, attempts, "
                + "next_attempt_at, created_at) VALUES ('after-upgrade', 'ld@example.invalid', 'REMINDER', '{}', "
                + "'PENDING', 0, ?, ?)").params(now, now).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cchc_notification").query(Long.class).single()).isEqualTo(2);

        // the engine, checking the schema only as the application does, goes on with its instance and timer
        ProcessEngine engine = PlainEngine.start(dataSource, false);
        try {
            // the candidate group's grant on the open task lets it work on the task, no longer rewrite it (V7)
            Authorization candidates = engine.getAuthorizationService().createAuthorizationQuery()
                    .groupIdIn("so-tu-phap").resourceType(Resources.TASK).singleResult();
            assertThat(candidates.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(candidates.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(candidates.isPermissionGranted(Permissions.UPDATE)).isFalse();
            // and to read the task's history, which the REST API asks before adding or listing comments (V14)
            Authorization history = engine.getAuthorizationService().createAuthorizationQuery()
                    .groupIdIn("so-tu-phap").resourceType(Resources.HISTORIC_TASK).singleResult();
            assertThat(history.getResourceId()).isEqualTo(candidates.getResourceId());
            assertThat(history.isPermissionGranted(HistoricTaskPermissions.READ)).isTrue();
            assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("camunda-admin")
                    .resourceType(Resources.HISTORIC_TASK).count()).as("no grant from the administrators' *").isZero();
            Authorization admins = engine.getAuthorizationService().createAuthorizationQuery()
                    .groupIdIn("camunda-admin").resourceType(Resources.TASK).singleResult();
            assertThat(admins.isPermissionGranted(Permissions.UPDATE)).as("administrators keep every right").isTrue();
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).count())
                    .isOne();
            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(
                    PreviousRelease.BUSINESS_KEY).singleResult();
            engine.getTaskService().complete(task.getId());
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).count()).isZero();
        } finally {
            engine.close();
        }
    }

    /** The shape of a PostgreSQL schema as catalog rows, without Flyway's own history table. */
    record PostgresSchema(List<String> columns, List<String> indexes, List<String> constraints) {

        static PostgresSchema of(DataSource dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            return new PostgresSchema(
                    jdbc.sql("SELECT concat_ws(' ', table_name, ordinal_position, column_name, data_type, "
                            + "character_maximum_length, numeric_precision, numeric_scale, is_nullable, "
                            + "column_default, is_identity) FROM information_schema.columns "
                            + "WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' "
                            + "ORDER BY table_name, ordinal_position").query(String.class).list(),
                    jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
                            + "AND tablename <> 'flyway_schema_history' ORDER BY indexname")
                            .query(String.class).list(),
                    jdbc.sql("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                            + "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                            + "AND conrelid::regclass::text <> 'flyway_schema_history' ORDER BY 1")
                            .query(String.class).list());
        }
    }
}
