package vn.cchc.system.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The engine's identity service as Spring Security's user store: HTTP Basic passwords are checked by
 * {@link IdentityService#checkPassword} (for database users it also applies the engine's login throttling and
 * lock-out; with the {@code ldap} profile it is a bind to the directory, whose own policies apply), and a
 * user's authorities are their Camunda group ids exactly as they are ({@code snv-specialist}, {@code camunda-admin},
 * an agency id such as {@code so-tu-phap}), so a rule reads {@code hasAnyAuthority("snv-specialist")}.
 */
@Component
class EngineUsers implements AuthenticationProvider {

    private final IdentityService identity;

    EngineUsers(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        Object password = request.getCredentials();
        if (user == null || user.isBlank() || !(password instanceof String secret)
                || !identity.checkPassword(user, secret)) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The user's Camunda groups, read from the identity service on every request (no stale cache). */
    List<GrantedAuthority> authorities(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
