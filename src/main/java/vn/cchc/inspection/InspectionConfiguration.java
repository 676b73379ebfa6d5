package vn.cchc.inspection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the inspection part of {@code config/reporting.yml}. */
@Configuration
@EnableConfigurationProperties(InspectionProperties.class)
class InspectionConfiguration {
}
