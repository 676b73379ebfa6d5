package vn.cchc.system.session;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * HTTP sessions live in the database (Spring Session JDBC, table {@code SPRING_SESSION} of migration V12, settings
 * {@code spring.session.*} in {@code config/application.yml}), so any node behind the load balancer serves any
 * logged-in user: the Camunda webapps' login ({@code Authentications}) and CSRF token, and the pages' CSRF token.
 * Spring Boot registers Spring Session's {@code SessionRepositoryFilter} first of all filters, before Spring
 * Security's chain and the webapps' filters, which therefore all read and write the stored session.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Right after the session repository filter, before Spring Security and the webapps' filters. */
    @Bean
    FilterRegistrationBean<StaticAssetsWithoutSession> staticAssetsWithoutSession() {
        FilterRegistrationBean<StaticAssetsWithoutSession> registration =
                new FilterRegistrationBean<>(new StaticAssetsWithoutSession());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/lib/*", "/camunda/assets/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /** H2's upsert of a session attribute, the same parameters in the same order as Spring Session's INSERT. */
    static final String H2_UPSERT_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, "
            + "ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    /**
     * A session attribute is written as an upsert. Two requests of one session that both add the same attribute —
     * a page's parallel requests each creating the CSRF token of a fresh session, as the dashboard's and the import
     * page's do — both inserted it, and the later failed on the primary key: a 500 for the user (seen in the
     * browser tests). Spring Session's own customizer on PostgreSQL ({@code ON CONFLICT ... DO UPDATE}); a
     * {@code MERGE} on H2, the default run's database; the last write wins, as it does for an attribute both update.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsUpsert(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equals(product)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
        }
        throw new IllegalStateException("no session attribute upsert for the database " + product);
    }
}
