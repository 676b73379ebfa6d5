package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.ProductionDriverSettings;

/**
 * The application's PostgreSQL connections carry the driver settings of {@code config/application-prod.yml} in the
 * tests as in production: every statement planned with its own values ({@code prepareThreshold: 0}; with the
 * driver's default, PostgreSQL's generic plans made a Tasklist count of a large agency take 84-95 s), and each
 * planner setting of {@code options} in effect on the server. The tests on PostgreSQL and the benchmarks' figures
 * stand on them.
 */
@CchcIntegrationTest
class PostgresConnectionSettingsTest {

    private static final Pattern OPTION = Pattern.compile("-c\\s+([a-z_]+)=(\\S+)");

    @Autowired
    DataSource dataSource;

    @Test
    void everyStatementIsPlannedWithItsValuesAndTheProductionPlannerSettingsApply() throws SQLException {
        String options = ProductionDriverSettings.value("options");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(PGConnection.class).getPrepareThreshold()).isZero();
            Matcher option = OPTION.matcher(options);
            int found = 0;
            while (option.find()) {
                found++;
                assertThat(show(connection, option.group(1))).as(option.group(1)).isEqualTo(option.group(2));
            }
            assertThat(found).as("planner settings in " + options).isPositive();
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
