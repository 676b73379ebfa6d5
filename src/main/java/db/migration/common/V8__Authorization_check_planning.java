package db.migration.common;

import java.sql.Connection;
import java.sql.Statement;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL statistics on the permission bits the engine's authorization checks test. Every query made with
 * authorization checks on (the Tasklist's filter counts and pages, the card variables) joins the grants of the
 * user and their groups, selected by {@code ACT_RU_AUTHORIZATION.PERMS_ & <bit> = <bit>}. PostgreSQL has no
 * statistics for such an expression and guesses 0.5 % of the rows, so for an agency with 20,000 open tasks it
 * expected about 40 of its 20,000 task grants, and joined them to the tasks by comparing every grant with every task
 * (a 20,000-task count took 30-95 s instead of under a second, docs/benchmarks.md). With statistics on each
 * expression (filled by ANALYZE, autovacuum keeps them current) it looks each task's grant up by the index on
 * {@code RESOURCE_ID_}. The statistics only help a plan made with the query's values: the PostgreSQL driver must not
 * switch to server-side prepared statements ({@code prepareThreshold: 0}, config/application-prod.yml).
 * H2 has no such statistics.
 * <p>
 * On both databases, an index on {@code USER_ID_}: the checks select the grants of the user <em>or</em> of their
 * groups ({@code USER_ID_ IN (...) OR GROUP_ID_ IN (...)}); with an index on each column PostgreSQL reads just those
 * grants instead of scanning all of them (an agency of 510 tasks: 33 ms instead of 383 ms for its count).
 */
public class V8__Authorization_check_planning extends BaseJavaMigration {

    /** The bits the engine's queries test: READ, UPDATE, READ_TASK, READ_INSTANCE, READ_HISTORY, TASK_WORK. */
    static final int[] BITS = {Permissions.READ.getValue(), Permissions.UPDATE.getValue(),
            Permissions.READ_TASK.getValue(), Permissions.READ_INSTANCE.getValue(),
            Permissions.READ_HISTORY.getValue(), TaskPermissions.TASK_WORK.getValue()};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX CCHC_IDX_AUTH_USER_ID ON ACT_RU_AUTHORIZATION (USER_ID_)");
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            for (int bit : BITS) {
                statement.execute("CREATE STATISTICS CCHC_STAT_AUTH_PERMS_" + bit + " ON (PERMS_ & " + bit
                        + ") FROM ACT_RU_AUTHORIZATION");
            }
            statement.execute("ANALYZE ACT_RU_AUTHORIZATION");
        }
    }
}
