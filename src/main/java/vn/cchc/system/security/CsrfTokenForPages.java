package vn.cchc.system.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Makes the CSRF token of a page's forms exist before the page is rendered. Spring Security creates it lazily, on
 * first use; inside a Thymeleaf page that is after the response has started, too late to create the session that
 * keeps it. Applies to the application's own pages (Spring MVC), not to the engine's REST API or the webapps.
 */
@ControllerAdvice
class CsrfTokenForPages {

    @ModelAttribute
    void loadToken(CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }
}
