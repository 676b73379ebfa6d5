package db.migration.common;

import java.util.List;
import vn.cchc.system.schema.PostgresqlOnlyMigration;

/**
 * PostgreSQL only: what a task query made with authorization checks on (the Tasklist's filter counts and pages)
 * reads of {@code ACT_RU_AUTHORIZATION} for each task, made smaller.
 * <ul>
 * <li>A partial index of the grants on tasks and process definitions ({@code RESOURCE_TYPE_} 7 and 6), the only
 * grants a task query checks, carrying every column the check tests. For each task PostgreSQL looks up the grants
 * on the task, its definition and {@code *}; in the index of V11 the last of these meets the ~30 grants on
 * {@code *} of every resource type (an administrator's one per type), all discarded. Here it meets the five of
 * types 6 and 7, and the instance and history grants of each task (two of its three) are not in it. The engine's
 * check of those types implies the index's condition, so PostgreSQL chooses it by itself; queries on other
 * resource types keep V11's index.</li>
 * <li>{@code vacuum_index_cleanup = on}: autovacuum skips the clean-up of indexes when few pages hold dead rows
 * (PostgreSQL 14 and later), and a page with a dead row is not marked all-visible: on the benchmark's vacuumed
 * data an index-only scan still read seven grants per task from the table. With the clean-up forced, such pages
 * are marked at the next autovacuum.</li>
 * </ul>
 * By hand on the Tasklist benchmark's data (100,000 open tasks), the index alone: the 20,000-task agency's count
 * 433-490 ms before, 267-396 ms after; the 510-task agency's 22-24 ms, 9-14 ms (docs/benchmarks.md, Tasklist at
 * scale). H2 has neither: nothing to do there.
 */
public class V16__Task_grant_check_index extends PostgresqlOnlyMigration {

    @Override
    protected List<String> statements() {
        return List.of(
                "CREATE INDEX CCHC_IDX_AUTH_TASK_CHECK ON ACT_RU_AUTHORIZATION (RESOURCE_ID_) "
                        + "INCLUDE (RESOURCE_TYPE_, TYPE_, GROUP_ID_, USER_ID_, PERMS_) WHERE RESOURCE_TYPE_ IN (6, 7)",
                "ALTER TABLE ACT_RU_AUTHORIZATION SET (vacuum_index_cleanup = on)",
                "ANALYZE ACT_RU_AUTHORIZATION");
    }
}
