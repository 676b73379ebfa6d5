package vn.cchc.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;
import vn.cchc.shared.Messages;

/**
 * How the chain says no, in Vietnamese: a person in a browser who is not logged in is sent to the Tasklist login
 * (one login for everything); any other request gets 401, with an HTTP Basic challenge only on the engine's REST
 * API (its convention). Elsewhere the challenge would make a browser open its own password prompt over the
 * webapps — for a frame or a script request the user never asked for — so tools send their credentials up front.
 * A logged-in user without the right gets 403. Each refusal is one log line.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";
    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final Messages messages;
    private final RequestMatcher browserPage;
    private final RequestMatcher restApi =
            PathPatternRequestMatcher.withDefaults()
                    .matcher("/engine-rest/**");

    Refusals(Messages messages) {
        this.messages = messages;
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        this.browserPage = request -> "GET".equals(request.getMethod()) && html.matches(request);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        LOG.info("401 {} {}: not authenticated", request.getMethod(), PATHS.getPathWithinApplication(request));
        if (browserPage.matches(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        if (restApi.matches(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\", charset=\"UTF-8\"");
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, messages.get("security.unauthenticated"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String user = request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName();
        LOG.info("403 {} {} for {}: {}", request.getMethod(), PATHS.getPathWithinApplication(request), user,
                e.getMessage());
        write(response, HttpServletResponse.SC_FORBIDDEN, messages.get(
                e instanceof org.springframework.security.web.csrf.CsrfException ? "security.csrf" : "security.forbidden"));
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
