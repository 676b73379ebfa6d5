package vn.cchc.system.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The databases the application runs on, with the names under which Quartz and Camunda ship their DDL for each.
 * The Java migrations (Quartz's and the engine's tables) pick their script here instead of keeping one migration
 * per vendor: the scripts differ, the migration does not.
 */
public enum SchemaDatabase {

    H2("H2", "tables_h2.sql", "h2"),
    POSTGRESQL("PostgreSQL", "tables_postgres.sql", "postgres");

    private final String productName;
    private final String quartzScript;
    private final String camundaType;

    SchemaDatabase(String productName, String quartzScript, String camundaType) {
        this.productName = productName;
        this.quartzScript = quartzScript;
        this.camundaType = camundaType;
    }

    public static SchemaDatabase of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Arrays.stream(values()).filter(d -> d.productName.equals(product)).findFirst()
                .orElseThrow(() -> new SQLException("unsupported database for the schema migrations: " + product));
    }

    /** Quartz's job store DDL for this database, in the quartz jar. */
    public String quartzScript() {
        return "org/quartz/impl/jdbcjobstore/" + quartzScript;
    }

    /**
     * The engine's create script of one component ({@code engine}, {@code history}, {@code identity},
     * {@code case.engine}, ...) for this database, in the camunda-engine jar.
     */
    public String camundaCreateScript(String component) {
        return "org/camunda/bpm/engine/db/create/activiti." + camundaType + ".create." + component + ".sql";
    }

    /** The engine's upgrade script between two minor versions, e.g. {@code ("7.24", "7.25")}, in camunda-engine. */
    public String camundaUpgradeScript(String from, String to) {
        return "org/camunda/bpm/engine/db/upgrade/" + camundaType + "_engine_" + from + "_to_" + to + ".sql";
    }
}
