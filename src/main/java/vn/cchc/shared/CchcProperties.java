package vn.cchc.shared;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's own settings ({@code cchc.*} in {@code config/application.yml}).
 *
 * @param agencies    a directory file or a folder of them ({@code config/agencies})
 * @param agencyUnit  which unit's directory the application uses when the folder holds several ({@code vinh-long})
 * @param agencyDate  the day whose structure is used; empty: today (the structure in force now)
 */
@ConfigurationProperties("cchc")
public record CchcProperties(String province, String agencies, String agencyUnit, LocalDate agencyDate,
                             String calendar, Demo demo, Lifecycle lifecycle, String tasklistUrl, String snvAgency) {

    /**
     * The agency that plays the Department of Home Affairs' part ({@code cchc.snv-agency}): {@code so-noi-vu} in a
     * province; in a commune's own instance the office that drafts and follows the commune's plan.
     */
    @Override
    public String snvAgency() {
        return snvAgency == null || snvAgency.isBlank() ? "so-noi-vu" : snvAgency;
    }

    public record Demo(boolean enabled, String usersFile) {
    }

    public record Lifecycle(String appraiserGroup, String legalAppraiserGroup) {
    }
}
