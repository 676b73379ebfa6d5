package vn.cchc.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * One login: whoever logged in to the Camunda webapps (Tasklist, Cockpit, Admin) in this browser session is the
 * authenticated user of the application's own pages too. The webapps keep their own login form and session
 * ({@link AuthenticationUtil}); this filter only reads who is logged in there, as a pre-authenticated principal, and
 * gives them their current groups as authorities. Nothing is stored in the session by Spring Security, so logging
 * out of the webapps logs out of the pages at once.
 */
class WebappSessionAuthentication extends AbstractPreAuthenticatedProcessingFilter {

    private static final String ENGINE = "default";

    WebappSessionAuthentication(EngineUsers users) {
        PreAuthenticatedAuthenticationProvider provider = new PreAuthenticatedAuthenticationProvider();
        AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> details =
                token -> new User(token.getName(), "", users.authorities(token.getName()));
        provider.setPreAuthenticatedUserDetailsService(details);
        setAuthenticationManager(new ProviderManager(provider));
        setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        setCheckForPrincipalChanges(true);
    }

    @Override
    protected Object getPreAuthenticatedPrincipal(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null || !auths.hasAuthenticationForProcessEngine(ENGINE)) {
            return null;
        }
        return auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? user.getName() : null;
    }

    @Override
    protected Object getPreAuthenticatedCredentials(HttpServletRequest request) {
        return "webapp-session";
    }
}
