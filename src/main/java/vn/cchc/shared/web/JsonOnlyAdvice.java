package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cchc.shared.UserInputException;

/**
 * A body whose declared type the API does not read (the JSON API reads {@code application/json} only, which no
 * cross-site form can send): 415 with the shared Vietnamese answer. Spring refuses it while choosing the handler, so
 * no handler is known yet and {@link UserInputAdvice}, which answers for the JSON API's controllers, is not asked.
 */
@RestControllerAdvice
class JsonOnlyAdvice {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return UserInputAdvice.answer(UserInputException.with(UserInputException.UNSUPPORTED_MEDIA_TYPE,
                "web.jsonOnly", request.getContentType() == null ? "" : request.getContentType()), request);
    }
}
