package vn.cchc.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.shared.UserInputException;

/**
 * The bound of every request body, on every path (the JSON API, the engine's REST API and the webapps' API, the
 * pages' forms), before anything reads it: Tomcat bounds only form parameters, and Spring MVC and Jackson read a
 * JSON body, or a body taken as a string, whole into memory. A multipart body (an appendix, a result file, a
 * deployment) may be as large as {@code spring.servlet.multipart.max-request-size}; any other body
 * {@code cchc.web.max-body-size}. A declared length beyond it is refused at once with 413 and nothing is read; a
 * body without a declared length (chunked) is read up to the bound, and the read beyond it fails: the JSON API
 * answers 413 ({@link UserInputAdvice}), the engine's REST API its own error. One log line per refusal. First of all
 * filters, so a refused body neither reaches the security chain nor starts a session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** Set, to the bound in bytes, on a request whose body was cut there: its reader failed because of it. */
    static final String EXCEEDED = RequestBodyLimit.class.getName() + ".EXCEEDED";

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBody;
    private final long maxMultipart;

    public RequestBodyLimit(@Value("${cchc.web.max-body-size:4MB}") DataSize maxBody,
                            @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxMultipart) {
        this.maxBody = maxBody.toBytes();
        this.maxMultipart = maxMultipart.toBytes();
    }

    /** The bound of this request's body, in bytes. */
    long limitOf(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxMultipart : maxBody;
    }

    /** The bound a request's body was cut at, or null if it was not. */
    static Long exceededBound(HttpServletRequest request) {
        return request.getAttribute(EXCEEDED) instanceof Long bound ? bound : null;
    }

    /** The bound in whole megabytes, as the refusal names it. */
    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            UserInputException refusal = tooLarge(limit);
            LOG.info("{} {} refused ({}, {}): {} bytes declared, bound {} bytes", request.getMethod(),
                    request.getRequestURI(), refusal.status(), refusal.code(), declared, limit);
            response.setStatus(refusal.status());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Connection", "close");
            JSON.writeValue(response.getOutputStream(), UserInputAdvice.body(refusal));
            return;
        }
        boolean undeclared = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(undeclared ? new Bounded(request, limit) : request, response);
    }

    static UserInputException tooLarge(long limit) {
        return UserInputException.with(UserInputException.PAYLOAD_TOO_LARGE, "web.bodyTooLarge", megabytes(limit));
    }

    /** A body of undeclared length, readable up to the bound. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), limit, (HttpServletRequest) getRequest());
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long read;

        BoundedStream(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                request.setAttribute(EXCEEDED, limit);
                LOG.info("{} {} refused (413, web.bodyTooLarge): body beyond {} bytes", request.getMethod(),
                        request.getRequestURI(), limit);
                throw new IOException("request body beyond " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
