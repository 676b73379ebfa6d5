package vn.cchc.importer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the readers' limits from {@code config/importing.yml}. */
@Configuration
@EnableConfigurationProperties(ReaderLimits.class)
class ImporterConfiguration {
}
