package vn.cchc.shared.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.shared.UserInputException.Problem;

/**
 * What Spring Boot's error page and error JSON say when a request of the application's own pages fails outside
 * the JSON API's refusals ({@link UserInputAdvice}): a Vietnamese sentence ({@code message}) and its bundle key
 * ({@code code}), naming the parameter at fault when there is one. A page's own refusal
 * ({@code ResponseStatusException} with its Vietnamese reason, below 500) is shown as it is; Spring's English texts
 * and a server fault's details never are. The HTML page is {@code templates/error.html}.
 */
@Component
class VietnameseErrors extends DefaultErrorAttributes {

    /** The longest value of a parameter the answer repeats. */
    static final int ECHO_LIMIT = 80;

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request,
                options.excluding(ErrorAttributeOptions.Include.MESSAGE));
        int status = attributes.get("status") instanceof Integer s ? s : 500;
        Problem problem = problem(status, getError(request));
        attributes.put("code", problem.code());
        attributes.put("message", problem.message());
        if (problem.field() != null) {
            attributes.put("field", problem.field());
        }
        return attributes;
    }

    static Problem problem(int status, Throwable error) {
        if (error instanceof MethodArgumentTypeMismatchException mismatch) {
            return Problem.of(mismatch.getName(), "web.paramInvalid", mismatch.getName(), echo(mismatch.getValue()));
        }
        if (error instanceof MissingServletRequestParameterException missing) {
            return Problem.of(missing.getParameterName(), "web.paramMissing", missing.getParameterName());
        }
        // the application's own refusals carry a Vietnamese reason; Spring's subclasses carry English ones
        if (error != null && error.getClass() == ResponseStatusException.class && status < 500
                && ((ResponseStatusException) error).getReason() != null) {
            return new Problem("web.status." + status, null, null, ((ResponseStatusException) error).getReason());
        }
        return Problem.of(null, switch (status) {
            case 401 -> "security.unauthenticated";
            case 403 -> "security.forbidden";
            case 404 -> "web.notFound";
            case 405 -> "web.methodNotAllowed";
            case 406 -> "web.notAcceptable";
            default -> status >= 500 ? "web.serverError" : "web.badRequest";
        });
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }
}
