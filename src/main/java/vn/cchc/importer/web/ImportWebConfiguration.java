package vn.cchc.importer.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SpecialistAuthentication} in front of the import pages and the items API. */
@Configuration
class ImportWebConfiguration {

    @Bean
    FilterRegistrationBean<SpecialistAuthentication> specialistAuthentication(IdentityService identity) {
        FilterRegistrationBean<SpecialistAuthentication> registration =
                new FilterRegistrationBean<>(new SpecialistAuthentication(identity));
        registration.setName("importSpecialistAuthentication");
        registration.addUrlPatterns("/plans/*", "/api/plans/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
