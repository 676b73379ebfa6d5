package vn.cchc.system.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine joins each row of a query made with authorization checks on to the user's grants with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL plans that as three bitmap index scans and a
 * visit of every matching grant in the table, for every task: for the 29 grants on {@code *} (administrators, the
 * SNV's monitoring grants), which never match an agency official, that is ~30 heap visits per task, the most of a
 * Tasklist count (docs/benchmarks.md, Tasklist at scale). Written as {@code = ANY(ARRAY[RES.ID_, D.KEY_, '*'])}
 * (the same rows: a value equal to one of the list), PostgreSQL reads the grants from the index of migration V11,
 * which carries every column the check tests, without visiting the table.
 * <p>
 * The engine takes these SQL fragments from {@link DbSqlSessionFactory}'s per-database constants when it builds
 * its MyBatis configuration (after {@code preInit}); they are static, so this sets them for every engine of the
 * JVM, all on the same database type. Every mapping that uses them has the shape
 * {@code AUTH.RESOURCE_ID_ <start> a <separator> b [<separator> c] <end>} (engine 7.24), which stays valid SQL.
 * Other databases keep the engine's {@code IN (...)}.
 */
@Component
class AuthorizationJoinAsArray extends AbstractProcessEnginePlugin {

    static final String START = "= ANY(ARRAY[";
    static final String SEPARATOR = ",";
    static final String END = "])";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DbSqlSessionFactory.databaseSpecificAuthJoinStart.put(DbSqlSessionFactory.POSTGRES, START);
        DbSqlSessionFactory.databaseSpecificAuthJoinSeparator.put(DbSqlSessionFactory.POSTGRES, SEPARATOR);
        DbSqlSessionFactory.databaseSpecificAuthJoinEnd.put(DbSqlSessionFactory.POSTGRES, END);
    }
}
