package vn.cchc.system;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile without an administrator password from the environment
 * ({@code CCHC_ADMIN_PASSWORD}), before anything is created with an empty or default one.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    static final String MESSAGE = "Production profile: set the administrator password in environment variable "
            + "CCHC_ADMIN_PASSWORD (camunda.bpm.admin-user.password); refusing to start without it.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        if (password == null || password.isBlank() || "demo".equals(password)) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
