package db.migration.common;

import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.cchc.system.schema.SchemaDatabase;
import vn.cchc.system.schema.SqlScript;

/**
 * The engine's tables (ACT_*) from the engine's own create scripts in the camunda-engine jar, the same scripts and
 * order the engine runs itself with {@code schema-update: true} for this configuration (history on, database
 * identity, CMMN and DMN enabled). The engine now only checks that they are there
 * ({@code camunda.bpm.database.schema-update: false}); a Camunda upgrade is a later migration running the engine's
 * upgrade script (docs/operations.md, Upgrading Camunda).
 */
public class V3__Camunda_engine_schema extends BaseJavaMigration {

    static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        SchemaDatabase database = SchemaDatabase.of(connection);
        for (String component : COMPONENTS) {
            SqlScript.load(database.camundaCreateScript(component)).executeOn(connection);
        }
    }
}
