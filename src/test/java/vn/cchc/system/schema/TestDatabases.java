package vn.cchc.system.schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cchc.support.EmbeddedPostgresInitializer;

/** Empty databases for the migration tests: a new database on the tests' embedded PostgreSQL, or an H2 file. */
final class TestDatabases {

    static final String POSTGRES_USER = "postgres";
    static final String H2_USER = "sa";

    private TestDatabases() {
    }

    /** Creates (again) an empty PostgreSQL database and returns its JDBC URL. */
    static String postgres(String name) throws SQLException {
        try (Connection c = EmbeddedPostgresInitializer.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return EmbeddedPostgresInitializer.postgres().getJdbcUrl(POSTGRES_USER, name);
    }

    /** An H2 file database in the directory, as the default run keeps under ./data. */
    static String h2(Path directory, String name) {
        return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
    }

    static DataSource dataSource(String jdbcUrl, String user) {
        return new DriverManagerDataSource(jdbcUrl, user, "");
    }
}
