package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;
import vn.cchc.shared.UserInputException;

/**
 * The engine's optimistic locking reaching one of the application's own pages or JSON routes: another request changed
 * the same task or process instance first — SNV extends a deadline in the second the official completes the task.
 * The request's transaction was rolled back, nothing of it is written, and trying again works: 409 with
 * {@code engine.concurrentChange}, one log line, as the error page or as the JSON API's answer. (It was a 500,
 * {@code web.serverError}, with a stack trace.) The engine's own APIs answer the same through {@code EngineMessages}.
 */
@ControllerAdvice(annotations = Controller.class)
class ConcurrentChangeAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeAdvice.class);

    @ExceptionHandler(OptimisticLockingException.class)
    ModelAndView changedAtOnce(OptimisticLockingException e, HandlerMethod handler, HttpServletRequest request) {
        UserInputException conflict = UserInputException.with(UserInputException.CONFLICT, "engine.concurrentChange");
        LOG.info("{} {} refused (409, {}) for {}: changed at the same time by another request ({})",
                request.getMethod(), request.getRequestURI(), conflict.code(),
                request.getRemoteUser() == null ? "?" : request.getRemoteUser(), e.getMessage());
        boolean json = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        ModelAndView answer = json
                ? new ModelAndView(new MappingJackson2JsonView(), UserInputAdvice.body(conflict))
                : new ModelAndView("error", Map.of("status", HttpStatus.CONFLICT.value(),
                        "message", conflict.getMessage(), "code", conflict.code()));
        answer.setStatus(HttpStatus.CONFLICT);
        return answer;
    }
}
