package vn.cchc.reporting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.system.Role;
import vn.cchc.system.security.BasicCredentials;

/**
 * The documents page's users: the one logged in to the Camunda webapps in this browser session (Tasklist, Cockpit),
 * else HTTP Basic against the engine's identity service (as the other pages). Without either, 401 and the
 * browser's login prompt; a user who is neither SNV, a province leader, an administrator nor an agency's user gets
 * 403. Groups are read from the identity service on every request, not from the session's cache.
 */
final class DocumentAccess extends OncePerRequestFilter {

    private static final Set<String> SEE_ALL = Set.of(Role.SNV_SPECIALIST.groupId(), Role.SNV_DIRECTOR.groupId(),
            Role.UBND_LEADER.groupId(), Role.ADMIN_GROUP);
    private static final String ENGINE = "default";

    private final IdentityService identity;
    private final AgencyDirectory directory;

    DocumentAccess(IdentityService identity, AgencyDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = sessionUser(request.getSession(false));
        if (user == null) {
            user = BasicCredentials.verifiedUser(request.getHeader("Authorization"), identity);
        }
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Vui lòng đăng nhập bằng tài khoản của hệ thống (như khi vào Tasklist) để xem báo cáo và tài liệu.");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        Set<String> agencies = groups.stream().filter(g -> directory.byId(g).isPresent()).collect(Collectors.toSet());
        boolean seesAll = groups.stream().anyMatch(SEE_ALL::contains);
        if (!seesAll && agencies.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Tài khoản của bạn không thuộc Sở Nội vụ, lãnh đạo "
                    + "UBND tỉnh hay cơ quan, đơn vị nào nên không được xem báo cáo và tài liệu CCHC.");
            return;
        }
        request.setAttribute(Viewer.ATTRIBUTE, new Viewer(user, seesAll, agencies));
        chain.doFilter(request, response);
    }

    private static String sessionUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null || !auths.hasAuthenticationForProcessEngine(ENGINE)) {
            return null;
        }
        return auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication u ? u.getName() : null;
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
