package vn.cchc.system.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /engine-rest} requires HTTP Basic authentication against the engine's identity service (401 otherwise);
 * the engine then checks the caller's authorizations. In front of it, and of the webapps' own engine API that
 * Tasklist uses, {@link AdhocExpressionGuard} refuses expressions in ad-hoc queries; {@link EngineMessages} gives
 * the webapps' error messages in Vietnamese.
 */
@Configuration
class RestSecurityConfiguration {

    static final String REST_API = "/engine-rest/*";
    static final String WEBAPP_API = "/camunda/api/*";

    @Bean
    FilterRegistrationBean<Filter> adhocExpressionGuard() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AdhocExpressionGuard());
        registration.setName("adhocExpressionGuard");
        registration.addUrlPatterns(REST_API, WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineMessages() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineMessages());
        registration.setName("engineMessages");
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> restAuthentication() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(REST_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
