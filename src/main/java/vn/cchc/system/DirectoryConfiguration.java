package vn.cchc.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.WorkingCalendar;

/** Loads the agency directory and the working calendar from {@code config/} once, at start-up. */
@Configuration
@EnableConfigurationProperties(CchcProperties.class)
class DirectoryConfiguration {

    @Bean
    AgencyDirectory agencyDirectory(CchcProperties properties) {
        return AgencyDirectory.load(Path.of(properties.agencies()));
    }

    @Bean
    AgencyResolver agencyResolver(AgencyDirectory directory) {
        return new AgencyResolver(directory);
    }

    @Bean
    WorkingCalendar workingCalendar(CchcProperties properties) {
        return WorkingCalendar.load(Path.of(properties.calendar()));
    }
}
