package vn.cchc.system.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the Camunda webapps' static files (scripts, styles, fonts, translations under {@code /camunda/app/},
 * {@code /camunda/lib/}, {@code /camunda/assets/}) away from the sessions in the database. The webapps' own filters
 * ask for a session on every request they see ({@code AuthenticationFilter} calls {@code getSession(true)} and
 * stores the login back, {@code CsrfPreventionFilter} creates a token): with sessions in the database that would be
 * a row for every anonymous visitor's script and a write for every file a logged-in user's browser loads. A static
 * file is the same for everyone and the webapps serve it to anonymous visitors (the login page needs it), so such a
 * request gets a session of its own that lives only as long as the request and is never stored: it holds a
 * placeholder CSRF token, so the webapps' CSRF filter does not hand the browser a new {@code XSRF-TOKEN} cookie
 * that no stored session knows.
 *
 * <p>Everything else (the webapps' pages, which end in {@code /} or {@code .html}, and their API) goes to the
 * real session. Registered right after Spring Session's {@code SessionRepositoryFilter} ({@link SessionConfiguration}).
 */
final class StaticAssetsWithoutSession extends OncePerRequestFilter {

    /** The attribute in which Camunda's {@code CsrfPreventionFilter} keeps the session's token. */
    static final String CAMUNDA_CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.indexOf('.') < 0 || last.endsWith(".html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new RequestWithoutStoredSession(request), response);
    }

    /** The request as the webapps' filters see it for a static file: a session that is never stored. */
    private static final class RequestWithoutStoredSession extends HttpServletRequestWrapper {

        private TransientSession session;

        RequestWithoutStoredSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new TransientSession(getServletContext());
                session.setAttribute(CAMUNDA_CSRF_TOKEN, "static-file");
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("no session for a static file");
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    /** A session in memory for one request. */
    private static final class TransientSession implements HttpSession {

        private final ServletContext context;
        private final Map<String, Object> attributes = new HashMap<>();
        private final long created = System.currentTimeMillis();
        private int maxInactiveInterval;

        TransientSession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return "static-file";
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            this.maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
