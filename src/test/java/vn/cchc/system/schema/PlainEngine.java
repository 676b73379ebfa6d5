package vn.cchc.system.schema;

import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * The engine alone on a test database, configured as the application's (history {@code audit}, database identity),
 * job executor off. With schema update {@code false} it only checks that the tables are there, as the application
 * does; with {@code true} it creates them itself, as the release before Flyway did.
 */
final class PlainEngine {

    private PlainEngine() {
    }

    static ProcessEngine start(DataSource dataSource, boolean createSchema) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(createSchema ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
                        : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .setJobExecutorActivate(false)
                .setProcessEngineName("schema-test-" + UUID.randomUUID())
                .buildProcessEngine();
    }
}
