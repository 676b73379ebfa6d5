package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * From this release the engine gives a task's candidate groups, assignee and owner READ on the task's history
 * ({@code enableHistoricInstancePermissions} in {@code config/application.yml}) when the task is created or handed
 * on: the REST API looks a task up in the history before adding or listing its comments, and an agency has no
 * history permission of its own. This gives the tasks already open the same: for every per-task grant, a grant of
 * READ on the task's history to the same user or group, with the task grant's instance and removal time (history
 * clean-up then removes both together). A user or group that already has one keeps it.
 */
public class V14__Historic_task_grants extends BaseJavaMigration {

    private record Grant(String groupId, String userId, String taskId, String rootInstanceId,
                         java.sql.Timestamp removalTime) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Grant> missing = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT T.GROUP_ID_, T.USER_ID_, T.RESOURCE_ID_, "
                + "T.ROOT_PROC_INST_ID_, T.REMOVAL_TIME_ FROM ACT_RU_AUTHORIZATION T WHERE T.TYPE_ = ? "
                + "AND T.RESOURCE_TYPE_ = ? AND T.RESOURCE_ID_ <> '*' AND NOT EXISTS (SELECT 1 "
                + "FROM ACT_RU_AUTHORIZATION H WHERE H.TYPE_ = T.TYPE_ AND H.RESOURCE_TYPE_ = ? "
                + "AND H.RESOURCE_ID_ = T.RESOURCE_ID_ AND (H.GROUP_ID_ = T.GROUP_ID_ OR H.USER_ID_ = T.USER_ID_))")) {
            select.setInt(1, Authorization.AUTH_TYPE_GRANT);
            select.setInt(2, Resources.TASK.resourceType());
            select.setInt(3, Resources.HISTORIC_TASK.resourceType());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    missing.add(new Grant(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getTimestamp(5)));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, "
                + "TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_, ROOT_PROC_INST_ID_, REMOVAL_TIME_) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Grant grant : missing) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setInt(2, Authorization.AUTH_TYPE_GRANT);
                insert.setString(3, grant.groupId());
                insert.setString(4, grant.userId());
                insert.setInt(5, Resources.HISTORIC_TASK.resourceType());
                insert.setString(6, grant.taskId());
                insert.setInt(7, HistoricTaskPermissions.READ.getValue());
                insert.setString(8, grant.rootInstanceId());
                insert.setTimestamp(9, grant.removalTime());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
