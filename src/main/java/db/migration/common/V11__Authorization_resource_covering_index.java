package db.migration.common;

import java.util.List;
import vn.cchc.system.schema.PostgresqlOnlyMigration;

/**
 * PostgreSQL only: an index on {@code ACT_RU_AUTHORIZATION(RESOURCE_ID_, RESOURCE_TYPE_)} that also carries every
 * other column the engine's authorization checks test ({@code TYPE_}, {@code GROUP_ID_}, {@code USER_ID_},
 * {@code PERMS_}). A query made with authorization checks on (the Tasklist's filter counts and pages, the card
 * variables) looks up, for each task, the grants on the task, on its definition and on {@code *}; the 29 grants on
 * {@code *} (administrators, the SNV's monitoring grants) were read from the table for every task only to be
 * discarded: 20,000 tasks meant ~600,000 heap visits. With this index PostgreSQL checks the grants inside the index
 * (an index-only scan), once the engine's join is written as {@code = ANY(ARRAY[...])}
 * ({@code vn.cchc.system.identity.AuthorizationJoinAsArray}; docs/benchmarks.md, Tasklist at scale). H2 has no
 * {@code INCLUDE} and nothing of this size: nothing to do there.
 */
public class V11__Authorization_resource_covering_index extends PostgresqlOnlyMigration {

    @Override
    protected List<String> statements() {
        return List.of(
                "CREATE INDEX CCHC_IDX_AUTH_RESOURCE_CHECK ON ACT_RU_AUTHORIZATION "
                        + "(RESOURCE_ID_, RESOURCE_TYPE_) INCLUDE (TYPE_, GROUP_ID_, USER_ID_, PERMS_)",
                "ANALYZE ACT_RU_AUTHORIZATION");
    }
}
