package vn.cchc.system.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses any expression ({@code ${…}} or {@code #{…}}) in an ad-hoc query sent to the engine's REST API or to the
 * webapps' engine API, in query parameters or anywhere in a query's JSON body, nested {@code orQueries} included.
 * Camunda 7.24.0 lets nested {@code orQueries} carry an expression past its own
 * {@code enableExpressionsInAdhocQueries=false} switch (CVE-2026-109432); this guard closes that path without a
 * patched engine. Stored filters are not affected: they are created by administrators only.
 */
class AdhocExpressionGuard extends OncePerRequestFilter {

    static final String MESSAGE = "Truy vấn không được chứa biểu thức (${...} hoặc #{...}).";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    /** Engine paths (after the engine prefix) whose POST body is a query. */
    private static final Pattern QUERY_PATH = Pattern.compile(
            "/(task|task/count|filter/[^/]+/(list|count|singleResult)|history/[^/]+(/count)?"
                    + "|process-instance(/count)?|execution(/count)?|job(/count)?|incident(/count)?"
                    + "|external-task(/count)?|variable-instance(/count)?|process-definition(/count)?)/?");
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^(/api/engine)?(/engine/[^/]+)?");
    private static final int MAX_QUERY_BODY = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (queryStringHasExpression(request.getQueryString())) {
            refuse(response);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !QUERY_PATH.matcher(enginePath(request)).matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY + 1);
        if (body.length > MAX_QUERY_BODY || hasExpression(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The path below {@code /engine-rest} or {@code /camunda/api/engine}, without the engine name. */
    static String enginePath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String below = uri.startsWith("/engine-rest") ? uri.substring("/engine-rest".length())
                : uri.startsWith("/camunda") ? uri.substring("/camunda".length()) : uri;
        return ENGINE_PREFIX.matcher(below).replaceFirst("");
    }

    /**
     * Reads the query string itself, not the request parameters: those would also consume a form-encoded body
     * (the webapps' login) before the application sees it.
     */
    private static boolean queryStringHasExpression(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            try {
                if (EXPRESSION.matcher(URLDecoder.decode(pair, StandardCharsets.UTF_8)).find()) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExpression(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return hasExpression(JSON.readTree(body));
        } catch (JsonProcessingException notJson) {
            // the engine rejects a malformed body itself; refuse only when it visibly carries an expression
            return EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }

    /** Walks every key and string value, however deeply nested (orQueries inside orQueries, arrays, …). */
    private static boolean hasExpression(JsonNode node) {
        if (node.isTextual()) {
            return EXPRESSION.matcher(node.textValue()).find();
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (EXPRESSION.matcher(field.getKey()).find() || hasExpression(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasExpression(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(
                Map.of("type", "InvalidRequestException", "message", MESSAGE)));
    }
}
