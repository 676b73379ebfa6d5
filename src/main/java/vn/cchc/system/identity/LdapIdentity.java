package vn.cchc.system.identity;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Users and groups from the province's LDAP directory instead of the engine's database
 * ({@code cchc.identity.ldap.enabled=true}, set by the {@code ldap} profile, {@code config/application-ldap.yml}).
 * Camunda's own LDAP identity provider then answers every identity query and password check of the engine, so the
 * security chain (which checks passwords and reads groups through the identity service), Tasklist's login and the
 * authorization checks all see the directory's people, with no code of ours in between. A group's id is its
 * {@code cn}: the directory must hold a group per agency id ({@code so-tu-phap}) and per role
 * ({@code agency-official}), as docs/operations.md ("Users from LDAP") describes; grants stay in the database.
 * <p>
 * Both plugins are bound to {@code cchc.identity.ldap.*} by their setters (server-url, manager-dn, base-dn,
 * user-search-filter, ...; administrator-user-name, administrator-group-name), so every option the provider has can
 * be set without a line of code here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cchc.identity.ldap", name = "enabled", havingValue = "true")
class LdapIdentity {

    /** The engine's read-only identity provider reading the directory. */
    @Bean
    @ConfigurationProperties("cchc.identity.ldap")
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
        return new LdapIdentityProviderPlugin();
    }

    /**
     * All permissions for the directory's administrator user and group: nobody can be given them in Admin, where
     * users and groups are read-only now, and no administrator is created in the database.
     */
    @Bean
    @ConfigurationProperties("cchc.identity.ldap")
    AdministratorAuthorizationPlugin administratorAuthorizationPlugin() {
        return new AdministratorAuthorizationPlugin();
    }
}
