package vn.cchc.notify;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Which database the application runs on: the few statements that differ (upsert, Quartz delegate) ask here. */
@Component
public class SqlDialect {

    private final boolean postgres;

    SqlDialect(DataSource dataSource) {
        this.postgres = "PostgreSQL".equals(productName(dataSource));
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.commonDatabaseName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    public boolean isPostgres() {
        return postgres;
    }
}
