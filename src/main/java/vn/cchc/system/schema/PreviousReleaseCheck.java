package vn.cchc.system.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Refuses to baseline a database that is not one of the release before Flyway. {@code baseline-on-migrate} takes any
 * non-empty schema without a history table as version 4 and skips V1 to V4; pointed by mistake at a database holding
 * something else (or a half-created one), the application would start on missing tables. Such a database has the
 * application's, Quartz's and the engine's tables and the job due-date index that release created at start.
 */
@Component
class PreviousReleaseCheck implements Callback {

    static final List<String> TABLES = List.of(
            "cchc_plan", "cchc_plan_amendment", "cchc_notification", "cchc_report", "cchc_document",
            "qrtz_job_details", "qrtz_locks", "act_ge_property", "act_ru_job", "act_hi_procinst", "act_id_user");
    static final String JOB_INDEX = "cchc_idx_job_duedate";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_BASELINE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            List<String> missing = missing(context.getConnection());
            if (!missing.isEmpty()) {
                throw new FlywayException("The database is not empty but is not a database of the release before "
                        + "Flyway either (missing: " + String.join(", ", missing) + "); refusing to baseline it. "
                        + "Point the application at an empty database or at an existing installation "
                        + "(docs/operations.md, Upgrading).");
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot inspect the database before baselining: " + e.getMessage(), e);
        }
    }

    static List<String> missing(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> missing = new ArrayList<>();
        for (String table : TABLES) {
            try (ResultSet rs = metaData.getTables(null, schema, stored(metaData, table), new String[] {"TABLE"})) {
                if (!rs.next()) {
                    missing.add(table);
                }
            }
        }
        if (!missing.contains("act_ru_job") && !hasIndex(metaData, schema, stored(metaData, "act_ru_job"))) {
            missing.add(JOB_INDEX);
        }
        return missing;
    }

    private static boolean hasIndex(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        try (ResultSet rs = metaData.getIndexInfo(null, schema, table, false, true)) {
            while (rs.next()) {
                if (JOB_INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stored(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    @Override
    public String getCallbackName() {
        return "previous-release-check";
    }
}
