package vn.cchc.notify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.system.Role;
import vn.cchc.system.security.BasicCredentials;

/**
 * The notification pages are for SNV and administrators only: HTTP Basic against the engine's identity service
 * (the demo users' passwords), then membership of snv-specialist, snv-director or camunda-admin. A POST (resend)
 * must come from a page of this site (Origin or Referer of the same host), since browsers replay Basic
 * credentials on cross-site form posts.
 */
class PageAccess extends OncePerRequestFilter {

    static final Set<String> ALLOWED = Set.of(Role.SNV_SPECIALIST.groupId(), Role.SNV_DIRECTOR.groupId(),
            Role.ADMIN_GROUP);
    private final IdentityService identity;

    PageAccess(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = BasicCredentials.verifiedUser(request.getHeader("Authorization"), identity);
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Vui lòng đăng nhập.");
            return;
        }
        boolean allowed = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).anyMatch(ALLOWED::contains);
        if (!allowed) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Trang này chỉ dành cho Sở Nội vụ và quản trị hệ thống.");
            return;
        }
        if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu không xuất phát từ trang của hệ thống.");
            return;
        }
        request.setAttribute("cchcUser", user);
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (source == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(source);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
