package vn.cchc.system.schema;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration of PostgreSQL tuning only (indexes H2 cannot make, table settings H2 does not have): its statements
 * run in order on PostgreSQL; on H2 it is recorded as applied and does nothing.
 */
public abstract class PostgresqlOnlyMigration extends BaseJavaMigration {

    /** The statements, in the order they run. */
    protected abstract List<String> statements();

    @Override
    public final void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (SchemaDatabase.of(connection) != SchemaDatabase.POSTGRESQL) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }
}
