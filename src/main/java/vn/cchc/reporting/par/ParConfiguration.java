package vn.cchc.reporting.par;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Texts;

/** Binds the PAR Index settings and checks at start-up that every appraiser is an agency of the directory. */
@Configuration
@EnableConfigurationProperties(ParIndexProperties.class)
class ParConfiguration {

    ParConfiguration(ParIndexProperties properties, AgencyDirectory directory) {
        properties.appraisers().forEach((area, agency) -> {
            if (directory.byId(agency).isEmpty()) {
                throw new IllegalArgumentException(Texts.get("reporting.par.config.appraiserUnknown", area, agency));
            }
        });
    }
}
