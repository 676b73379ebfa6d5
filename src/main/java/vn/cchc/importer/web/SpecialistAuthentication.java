package vn.cchc.importer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.system.Role;
import vn.cchc.system.security.BasicCredentials;

/**
 * The import pages and the items API are for SNV specialists and administrators: HTTP Basic against the engine's
 * identity service (the same users and passwords as Tasklist), 401 without valid credentials, 403 for other users.
 * A form post from another site (Origin of another host) is refused, so a browser's remembered credentials cannot
 * be used by a foreign page.
 */
public final class SpecialistAuthentication extends OncePerRequestFilter {

    /** Request attribute: the authenticated user's id. */
    public static final String USER = SpecialistAuthentication.class.getName() + ".user";
    private static final Pattern PROTECTED = Pattern.compile(
            "^/(plans/[^/]+/import(/.*)?|api/plans/[^/]+/(items|amendments)(/.*)?)$");

    private final IdentityService identity;
    private final Pattern paths;
    private final Set<String> groups;
    private final String forbidden;

    SpecialistAuthentication(IdentityService identity) {
        this(identity, PROTECTED, Set.of(Role.SNV_SPECIALIST.groupId(), Role.ADMIN_GROUP),
                "Chỉ chuyên viên Sở Nội vụ hoặc quản trị hệ thống được nhập danh sách nhiệm vụ.");
    }

    /** The same checks for other pages: {@code paths} (after the context path), members of {@code groups}. */
    public SpecialistAuthentication(IdentityService identity, Pattern paths, Set<String> groups, String forbidden) {
        this.identity = identity;
        this.paths = paths;
        this.groups = Set.copyOf(groups);
        this.forbidden = forbidden;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = BasicCredentials.verifiedUser(request.getHeader("Authorization"), identity);
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập bằng tài khoản của hệ thống.");
            return;
        }
        boolean allowed = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .anyMatch(groups::contains);
        if (!allowed) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, forbidden);
            return;
        }
        if (crossSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu gửi từ trang khác bị từ chối.");
            return;
        }
        request.setAttribute(USER, user);
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if ("GET".equals(request.getMethod()) || origin == null || origin.equals("null")) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
