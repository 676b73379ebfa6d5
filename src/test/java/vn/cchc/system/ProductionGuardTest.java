package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production profile refuses to start without an administrator password from the environment, or with one
 * that does not meet the engine's password policy.
 */
class ProductionGuardTest {

    private final ProductionGuard guard = new ProductionGuard();

    private static MockEnvironment env(String profile, String password) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profile);
        if (password != null) {
            env.setProperty("camunda.bpm.admin-user.password", password);
        }
        return env;
    }

    @Test
    void productionWithoutPasswordRefusesToStart() {
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", ""), new SpringApplication()))
                .hasMessageContaining("CCHC_ADMIN_PASSWORD");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", null), new SpringApplication()))
                .hasMessageContaining("CCHC_ADMIN_PASSWORD");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", "demo"), new SpringApplication()))
                .hasMessageContaining("CCHC_ADMIN_PASSWORD");
    }

    @Test
    void weakPasswordsAreRefusedNamingTheRuleTheyFail() {
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", "quantri2026"), new SpringApplication()))
                .hasMessageContaining("PASSWORD_POLICY_UPPERCASE").hasMessageContaining("PASSWORD_POLICY_SPECIAL");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", "Ab1!"), new SpringApplication()))
                .hasMessageContaining("PASSWORD_POLICY_LENGTH");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env("prod", "Quantri-hethong"), new SpringApplication()))
                .hasMessageContaining("PASSWORD_POLICY_DIGIT");
    }

    @Test
    void productionWithPasswordAndDemoProfileStart() {
        assertThatCode(() -> guard.postProcessEnvironment(env("prod", "s3cret-Pa55"), new SpringApplication()))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.postProcessEnvironment(env("default", null), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void productionWithUsersFromLdapNeedsNoAdministratorPassword() {
        MockEnvironment ldap = env("prod", null);
        ldap.setProperty("cchc.identity.ldap.enabled", "true");
        assertThatCode(() -> guard.postProcessEnvironment(ldap, new SpringApplication())).doesNotThrowAnyException();
    }
}
