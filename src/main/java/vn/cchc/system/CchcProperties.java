package vn.cchc.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The application's own settings ({@code cchc.*} in {@code config/application.yml}). */
@ConfigurationProperties("cchc")
public record CchcProperties(String province, String agencies, String calendar, Demo demo, Lifecycle lifecycle,
                             String tasklistUrl) {

    public record Demo(boolean enabled, String usersFile) {
    }

    public record Lifecycle(String appraiserGroup, String legalAppraiserGroup) {
    }
}
