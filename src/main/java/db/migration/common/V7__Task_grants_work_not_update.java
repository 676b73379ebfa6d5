package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The grants the engine gave on each open task to its candidate groups, assignee and owner were UPDATE (the engine's
 * default before this release): an official could change the task's due date, candidates and variables. The
 * engine now gives TASK_WORK ({@code defaultUserPermissionNameForTask} in {@code config/application.yml}: claim,
 * complete, the form's variables); this moves the grants of tasks already open to the same: UPDATE out, TASK_WORK
 * in, the other bits as they were. Only per-task grants ({@code RESOURCE_ID_} a task id): the administrators'
 * grants on every task ({@code *}) keep their full rights.
 */
public class V7__Task_grants_work_not_update extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        int update = Permissions.UPDATE.getValue();
        int work = TaskPermissions.TASK_WORK.getValue();
        Map<String, Integer> changed = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID_, PERMS_ FROM ACT_RU_AUTHORIZATION "
                + "WHERE TYPE_ = ? AND RESOURCE_TYPE_ = ? AND RESOURCE_ID_ <> '*'")) {
            select.setInt(1, Authorization.AUTH_TYPE_GRANT);
            select.setInt(2, Resources.TASK.resourceType());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int perms = rows.getInt(2);
                    if ((perms & update) == update) {
                        changed.put(rows.getString(1), (perms & ~update) | work);
                    }
                }
            }
        }
        try (PreparedStatement change = connection.prepareStatement(
                "UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = ?, REV_ = REV_ + 1 WHERE ID_ = ?")) {
            for (Map.Entry<String, Integer> grant : changed.entrySet()) {
                change.setInt(1, grant.getValue());
                change.setString(2, grant.getKey());
                change.addBatch();
            }
            change.executeBatch();
        }
    }
}
