package db.migration.common;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.cchc.system.schema.SchemaDatabase;
import vn.cchc.system.schema.SqlScript;

/**
 * Quartz's job store (the clustered mail delivery, docs/notifications.md) from Quartz's own DDL in the quartz jar,
 * {@code tables_postgres.sql} or {@code tables_h2.sql}, without the DROP statements it starts with and the COMMIT
 * it ends with. {@code spring.quartz.jdbc.initialize-schema} stays {@code never}: Spring Boot would run the same
 * script with its DROPs at every start.
 */
public class V2__Quartz_job_store extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        SqlScript.load(SchemaDatabase.of(connection).quartzScript())
                .without(SqlScript::isDropOrCommit)
                .executeOn(connection);
    }
}
