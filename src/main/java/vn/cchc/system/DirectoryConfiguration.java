package vn.cchc.system;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.agency.AgencyDirectories;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.CchcProperties;

/** Loads the agency directory and the working calendar from {@code config/} once, at start-up. */
@Configuration
@EnableConfigurationProperties(CchcProperties.class)
class DirectoryConfiguration {

    @Bean
    AgencyDirectories agencyDirectories(CchcProperties properties) {
        return AgencyDirectories.load(Path.of(properties.agencies()));
    }

    /**
     * The structure the running application works with: the configured unit's, in force today in Vietnam on the
     * engine's clock (or cchc.agency-date).
     */
    @Bean
    AgencyDirectory agencyDirectory(AgencyDirectories directories, CchcProperties properties, Clock clock) {
        LocalDate day = properties.agencyDate() != null ? properties.agencyDate() : LocalDate.now(clock);
        return directories.inForce(properties.agencyUnit(), day);
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
