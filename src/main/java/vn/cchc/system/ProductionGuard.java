package vn.cchc.system;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile unless the administrator password from the environment
 * ({@code CCHC_ADMIN_PASSWORD}) meets the engine's own password policy ({@link DefaultPasswordPolicyImpl}: at least
 * 10 characters, upper and lower case letters, a digit and another character) — checked before anything is created
 * with it. The same policy is switched on for every password set in Admin ({@code enablePasswordPolicy}).
 * With users from LDAP ({@code cchc.identity.ldap.enabled}) no administrator is created and the directory holds
 * every password, so there is nothing to check.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    static final String MESSAGE = "Production profile: the administrator password (environment variable "
            + "CCHC_ADMIN_PASSWORD, camunda.bpm.admin-user.password) is missing or does not meet the password "
            + "policy (failed rules: %s); refusing to start.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")
                || environment.getProperty("cchc.identity.ldap.enabled", Boolean.class, false)) {
            return;
        }
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        List<String> failed = failedRules(password);
        if (!failed.isEmpty()) {
            throw new IllegalStateException(MESSAGE.formatted(String.join(", ", failed)));
        }
    }

    static List<String> failedRules(String password) {
        if (password == null || password.isBlank()) {
            return List.of("PASSWORD_POLICY_LENGTH");
        }
        UserEntity admin = new UserEntity("admin");
        return new DefaultPasswordPolicyImpl().getRules().stream().filter(rule -> !rule.execute(password, admin))
                .map(PasswordPolicyRule::getPlaceholder).toList();
    }
}
