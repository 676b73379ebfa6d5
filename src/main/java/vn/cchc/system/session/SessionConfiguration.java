package vn.cchc.system.session;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
