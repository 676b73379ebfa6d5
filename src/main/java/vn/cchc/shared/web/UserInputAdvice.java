package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cchc.shared.UserInputException;

/**
 * The one answer of every JSON API to a refused input ({@link UserInputException} and the features' subclasses):
 * its status, and {@code {"code": <bundle key>, "message": <Vietnamese sentences>, "problems": [<one sentence per
 * problem>], "field": <field or row at fault, when named>, "details": [{"code", "field", "message"}, ...]}}.
 * {@code problems} is the list clients read before codes existed. One log line per refusal, no stack trace: a
 * caller's mistake is not a server fault. Pages ({@code @Controller}) are not answered here: they show the message
 * on the page themselves.
 */
@RestControllerAdvice(annotations = RestController.class)
class UserInputAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UserInputAdvice.class);

    @ExceptionHandler(UserInputException.class)
    ResponseEntity<Map<String, Object>> refused(UserInputException e, HttpServletRequest request) {
        return answer(e, request);
    }

    /** The refusal's status and shared answer, logged as one line. */
    static ResponseEntity<Map<String, Object>> answer(UserInputException e, HttpServletRequest request) {
        LOG.info("{} {} refused ({}, {}) for {}: {}", request.getMethod(), request.getRequestURI(), e.status(),
                e.code(), request.getRemoteUser() == null ? "?" : request.getRemoteUser(), e.getMessage());
        // JSON whatever the caller accepts: a script asking for HTML got a 500 (no converter for its Accept)
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(body(e));
    }

    /**
     * A body the API could not read: beyond the bound ({@link RequestBodyLimit}, 413), not JSON (400, naming the
     * line and column where reading stopped), or missing (400).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Long bound = RequestBodyLimit.exceededBound(request);
        if (bound != null) {
            return refused(RequestBodyLimit.tooLarge(bound), request);
        }
        JsonLocation at = e.getMostSpecificCause() instanceof JsonProcessingException json ? json.getLocation() : null;
        UserInputException refusal = at != null && at.getLineNr() > 0
                ? UserInputException.of("web.bodyNotJsonAt", at.getLineNr(), at.getColumnNr())
                : UserInputException.of("web.bodyNotJson");
        return refused(refusal, request);
    }

    static Map<String, Object> body(UserInputException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", e.code());
        json.put("message", e.getMessage());
        json.put("problems", e.problems());
        if (e.field() != null) {
            json.put("field", e.field());
        }
        json.put("details", e.details().stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", p.code());
            if (p.field() != null) {
                one.put("field", p.field());
            }
            one.put("message", p.message());
            return one;
        }).toList());
        return json;
    }
}
