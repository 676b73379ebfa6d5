package vn.cchc.system.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.cchc.shared.Messages;

/**
 * The engine's REST API trusts the user that {@link SecurityConfiguration}'s chain authenticated: Camunda's own
 * filter, in its container-based mode, reads that principal and sets the engine's authentication (user and
 * groups), so the engine's authorizations apply to every call. It checks no password itself. {@link EngineMessages}
 * gives the engine APIs' error messages in Vietnamese
 * and answers a refused value with 400.
 */
@Configuration
class RestSecurityConfiguration {

    static final String REST_API = "/engine-rest/*";

    @Bean
    FilterRegistrationBean<Filter> engineMessages(Messages messages) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineMessages(messages));
        registration.setName("engineMessages");
        registration.addUrlPatterns("/camunda/api/engine/*", REST_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> restAuthentication() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns(REST_API);
        // after Spring Security's chain, which has authenticated the request
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
