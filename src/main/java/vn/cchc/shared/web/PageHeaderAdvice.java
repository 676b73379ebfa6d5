package vn.cchc.shared.web;

import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The user shown in the shared page header ({@code templates/layout/header.html}) of every page the application
 * renders itself: {@code currentUserName} is the Camunda user's full name (its id when it has none), or null when
 * the request carries no user. Read from the request's {@link Principal}, which the security chain provides.
 */
@ControllerAdvice(annotations = Controller.class)
class PageHeaderAdvice {

    private final IdentityService identity;

    PageHeaderAdvice(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("currentUserName")
    String currentUserName(Principal principal) {
        if (principal == null || principal.getName() == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(principal.getName()).singleResult();
        if (user == null) {
            return principal.getName();
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
