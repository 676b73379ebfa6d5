package vn.cchc.plan.web;

import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.cchc.importer.web.SpecialistAuthentication;
import vn.cchc.system.Role;

/** The follow-up pages of a plan ({@code /plans/{planId}/items…}) are for SNV specialists, its director and admins. */
@Configuration
class PlanWebConfiguration {

    @Bean
    FilterRegistrationBean<SpecialistAuthentication> followUpAuthentication(IdentityService identity) {
        SpecialistAuthentication filter = new SpecialistAuthentication(identity,
                Pattern.compile("^/plans/[^/]+/items(/.*)?$"),
                Set.of(Role.SNV_SPECIALIST.groupId(), Role.SNV_DIRECTOR.groupId(), Role.ADMIN_GROUP),
                "Chỉ chuyên viên, lãnh đạo Sở Nội vụ hoặc quản trị hệ thống được theo dõi và điều chỉnh nhiệm vụ "
                        + "của kế hoạch.");
        FilterRegistrationBean<SpecialistAuthentication> registration = new FilterRegistrationBean<>(filter);
        registration.setName("planFollowUpAuthentication");
        registration.addUrlPatterns("/plans/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }
}
