package vn.cchc.followup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the reminder policy from {@code config/notify.yml}. */
@Configuration
@EnableConfigurationProperties(ReminderPolicy.class)
class ReminderConfiguration {
}
