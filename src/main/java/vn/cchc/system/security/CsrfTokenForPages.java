package vn.cchc.system.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Makes the CSRF token of a page's forms exist before the page is rendered. Spring Security creates it lazily, on
 * first use; inside a Thymeleaf page that is after the response has started, too late to create the session that
 * keeps it.
 * <p>
 * The token lives in the HTTP session, a row in the database, so it is made only where a page may follow: for the
 * application's own controllers (not Spring Boot's error controller or the Actuator's endpoints, which the load
 * balancer's probes and any anonymous request for a missing file reach) and for requests that accept HTML (not a
 * tool's JSON call with Basic credentials). Elsewhere Spring Security still creates it on first use.
 */
@ControllerAdvice(basePackages = "vn.cchc")
class CsrfTokenForPages {

    @ModelAttribute
    void loadToken(CsrfToken token, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (token != null && acceptsHtml(accept)) {
            token.getToken();
        }
    }

    /** No {@code Accept}, or one that admits HTML ({@code text/html}, {@code *}{@code /*}): a page may follow. */
    static boolean acceptsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            // the view may still be a page: making the token costs a session, not making it a failed page
            return true;
        }
    }
}
