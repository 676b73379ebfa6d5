package vn.cchc.system.session;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SessionAttributeRaceTest} on H2, the default run's database (its own upsert, a {@code MERGE}): the session
 * tables of migration V12 in an in-memory H2, the repository customized as the application does.
 */
class SessionAttributeRaceH2Test {

    @Test
    void twoRequestsAddingTheSameAttributeBothSucceedOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:session-race-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        try (var connection = h2.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("db/migration/common/V12__spring_session.sql"));
        }
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(h2),
                new TransactionTemplate(new DataSourceTransactionManager(h2)));
        new SessionConfiguration().sessionAttributesAsUpsert(h2).customize(sessions);

        SessionAttributeRaceTest.race(sessions);
    }
}
