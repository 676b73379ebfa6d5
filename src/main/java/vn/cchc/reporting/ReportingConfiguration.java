package vn.cchc.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code config/reporting.yml}. */
@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {
}
