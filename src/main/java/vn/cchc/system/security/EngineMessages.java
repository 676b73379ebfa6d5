package vn.cchc.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Error messages the Tasklist shows officials come from the engine in English ("No matching task with id …",
 * "Exception while invoking TaskListener: …" before our own Vietnamese message). For the webapps' engine API,
 * error responses are rewritten: the engine's wrapping prefixes are removed, so the Vietnamese reason stands alone,
 * and the common engine messages get a Vietnamese text. Successful responses pass untouched.
 */
class EngineMessages extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENER_WRAPPER = Pattern.compile(
            "(?s)^ENGINE-\\d+ There was an exception while invoking the \\w+\\. Message: '(.*)'$");
    private static final Pattern PREFIXES = Pattern.compile(
            "^(Cannot (submit|complete) task( form)? [^:]*: )?(Exception while invoking \\w+ ?: ?)?");
    private static final Pattern NO_TASK =
            Pattern.compile("(?s).*(No matching task with id|Cannot find task with id).*");
    private static final Pattern NO_PERMISSION = Pattern.compile("(?s).*does not have .*permission.*");

    static final String TASK_GONE = "Không tìm thấy công việc này: công việc có thể đã được xử lý xong hoặc không thuộc "
            + "cơ quan, đơn vị của bạn.";
    static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && isJson(wrapper.getContentType())) {
            byte[] translated = translate(wrapper.getContentAsByteArray());
            if (translated != null) {
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(translated);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.contains("json");
    }

    /** The body with a Vietnamese {@code message}, or null when there is nothing to change. */
    static byte[] translate(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (!(root instanceof ObjectNode error) || !error.path("message").isTextual()) {
                return null;
            }
            String message = error.get("message").asText();
            String vietnamese = vietnamese(message);
            if (vietnamese.equals(message)) {
                return null;
            }
            error.put("message", vietnamese);
            return JSON.writeValueAsBytes(error);
        } catch (IOException notJson) {
            return null;
        }
    }

    static String vietnamese(String message) {
        if (NO_TASK.matcher(message).matches()) {
            return TASK_GONE;
        }
        if (NO_PERMISSION.matcher(message).matches()) {
            return NOT_ALLOWED;
        }
        String text = message;
        String before;
        do {
            before = text;
            text = PREFIXES.matcher(text).replaceFirst("");
            var wrapped = LISTENER_WRAPPER.matcher(text);
            if (wrapped.matches()) {
                text = wrapped.group(1);
            }
        } while (!text.equals(before));
        return text;
    }
}
