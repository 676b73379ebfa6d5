package vn.cchc.system.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.shared.Messages;

/**
 * The one security chain in front of everything the application serves: its pages and JSON APIs, the engine's
 * REST API ({@code /engine-rest}) and the Camunda webapps with their API ({@code /camunda}). The rules below are
 * the table of {@code docs/security.md}, read top to bottom; the first that matches decides, and whatever no rule
 * names is refused.
 *
 * <p>Paths are matched as Spring routes them ({@link PathPatternRequestMatcher}: decoded, without path
 * parameters), and Spring Security's strict firewall refuses path parameters ({@code ;x}), encoded separators and
 * traversal before any rule is read, so {@code /plans/X/%69tems} and {@code /api/plans/X/items;x} meet the same
 * rule as {@code /plans/X/items}.
 *
 * <p>Who: HTTP Basic against the engine's users ({@link EngineUsers}) for tools and the REST API, or the Camunda
 * webapps' login session for people ({@link WebappSessionAuthentication}). Authorities are the user's Camunda
 * groups. Nothing is kept in the session by Spring Security: each request is authenticated anew.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String ADMIN = "camunda-admin";
    static final String SNV_SPECIALIST = "snv-specialist";
    static final String SNV_DIRECTOR = "snv-director";
    static final String UBND_LEADER = "ubnd-leader";
    static final String AGENCY_OFFICIAL = "agency-official";
    static final String AGENCY_HEAD = "agency-head";
    static final String APPRAISER = "appraiser";

    /** Pages of this application (not the webapps, which send their own policy): scripts only from here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain applicationSecurity(HttpSecurity http, EngineUsers users, Messages messages,
                                            @Value("${cchc.security.hsts:false}") boolean hstsAlways)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        Refusals refusals = new Refusals(messages);
        RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
        RequestMatcher webapps = path.matcher("/camunda/**");

        http.securityContext(context -> context.securityContextRepository(perRequest))
                .authenticationProvider(users)
                .addFilterAt(new WebappSessionAuthentication(users), AbstractPreAuthenticatedProcessingFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals).securityContextRepository(perRequest))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                // the login is the Tasklist's, which never returns to a saved request: a refused anonymous request
                // leaves no session behind (sessions are rows in the database, docs/operations.md "Two nodes")
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // logging out of a page (POST with its CSRF token) ends the HTTP session, and with it the webapps'
                // login kept there: one logout for the Tasklist and the pages
                .logout(logout -> logout.logoutRequestMatcher(path.matcher(POST, "/logout"))
                        .invalidateHttpSession(true).clearAuthentication(true)
                        .logoutSuccessUrl(Refusals.LOGIN_PAGE))
                // the webapps and the REST API keep their own CSRF protection (webapps) or use no cookies (REST,
                // Basic); the JSON API accepts only application/json, which no cross-site form can send
                .csrf(csrf -> csrf.ignoringRequestMatchers(webapps, path.matcher("/engine-rest/**"),
                        path.matcher("/api/**")))
                // the webapps send their own headers (Camunda's header security filter, CSP with nonces): the
                // chain's headers are for the application's own pages and APIs only
                .headers(headers -> headers.defaultsDisabled()
                        .addHeaderWriter(forApplication(webapps, new ContentSecurityPolicyHeaderWriter(
                                CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(forApplication(webapps, new XContentTypeOptionsHeaderWriter()))
                        .addHeaderWriter(forApplication(webapps, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                        .addHeaderWriter(forApplication(webapps, new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)))
                        .addHeaderWriter(forApplication(webapps, new CacheControlHeadersWriter()))
                        .addHeaderWriter(forApplication(webapps, hsts(hstsAlways))))
                .authorizeHttpRequests(rules -> rules
                        // the error page of a request this chain has already let through (or refused): its status
                        // and message only. Asked for directly, /error is no page: the last rule refuses it
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // anonymous: health probe, static files, the webapps' login page and its API
                        .requestMatchers(path.matcher(GET, "/actuator/health"),
                                path.matcher(GET, "/actuator/health/**")).permitAll()
                        .requestMatchers(path.matcher(GET, "/"), path.matcher(GET, "/favicon.ico"),
                                path.matcher(GET, "/webjars/**"),
                                path.matcher(GET, "/static/**")).permitAll()
                        .requestMatchers(path.matcher(GET, "/camunda"), path.matcher(GET, "/camunda/"),
                                path.matcher(GET, "/camunda/app/**"), path.matcher(GET, "/camunda/lib/**"),
                                path.matcher(GET, "/camunda/assets/**"), path.matcher(GET, "/camunda/favicon.ico"),
                                path.matcher(GET, "/camunda/api/*/plugin/*/static/**")).permitAll()
                        .requestMatchers(path.matcher(POST, "/camunda/api/admin/auth/user/*/login/*"),
                                path.matcher(POST, "/camunda/api/admin/auth/user/*/logout"),
                                path.matcher(GET, "/camunda/api/admin/auth/user/*"),
                                path.matcher(GET, "/camunda/api/engine/engine"),
                                path.matcher(GET, "/camunda/api/engine/engine/")).permitAll()
                        // the first-administrator set-up: the administrator always comes from configuration
                        .requestMatchers(path.matcher("/camunda/api/admin/setup/**")).denyAll()
                        // the engine's check of another user's password: a password oracle for every logged-in
                        // user, and ten wrong answers lock the account (the engine's login throttling). Nothing
                        // here needs it: people log in at the webapps, tools send Basic credentials
                        .requestMatchers(path.matcher("/engine-rest/identity/verify"),
                                path.matcher("/engine-rest/engine/*/identity/verify"),
                                path.matcher("/camunda/api/engine/engine/*/identity/verify")).denyAll()
                        // the engine: any authenticated user; the engine's authorizations decide per resource
                        .requestMatchers(path.matcher("/engine-rest/**"), path.matcher("/camunda/api/**"))
                        .authenticated()
                        // reorganisations of agencies (merge, rename): SNV specialists prepare and apply them, the
                        // SNV director reads them
                        .requestMatchers(path.matcher(GET, "/agencies/reorganisations"),
                                path.matcher(GET, "/agencies/reorganisations/**"),
                                path.matcher(GET, "/api/agencies/reorganisations"),
                                path.matcher(GET, "/api/agencies/reorganisations/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, ADMIN)
                        .requestMatchers(path.matcher(POST, "/agencies/reorganisations"),
                                path.matcher(POST, "/agencies/reorganisations/**"),
                                path.matcher(POST, "/api/agencies/reorganisations"),
                                path.matcher(POST, "/api/agencies/reorganisations/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, ADMIN)
                        // the list of plans: SNV, the leaders who approve and the appraisers who appraise them
                        .requestMatchers(path.matcher(GET, "/plans"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, UBND_LEADER, APPRAISER, ADMIN)
                        // importing a plan's appendix and the items/amendments JSON API: SNV specialists
                        .requestMatchers(path.matcher("/plans/*/import"), path.matcher("/plans/*/import/**"),
                                path.matcher("/api/plans/**")).hasAnyAuthority(SNV_SPECIALIST, ADMIN)
                        // drafting a plan's items in a table (preview, save): SNV specialists
                        .requestMatchers(path.matcher("/plans/*/draft"), path.matcher("/plans/*/draft/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, ADMIN)
                        // following a plan: SNV changes deadlines; leaders read; agency heads read their own
                        // agencies' assignments (FollowUpPages)
                        .requestMatchers(path.matcher(POST, "/plans/*/items/**"), path.matcher(GET, "/plans/*/items/add"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, ADMIN)
                        .requestMatchers(path.matcher(GET, "/plans/*/items"), path.matcher(GET, "/plans/*/items/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, UBND_LEADER, AGENCY_HEAD, ADMIN)
                        // an agency's result files: the agency attaches and reads its own, SNV reads them (which
                        // agency, and when files may be added: ResultFiles)
                        .requestMatchers(path.matcher("/plans/*/tasks/*/attachments"),
                                path.matcher("/plans/*/tasks/*/attachments/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, ADMIN, AGENCY_OFFICIAL, AGENCY_HEAD)
                        // the leaders' dashboard: its scripts and styles for anyone (no data in them); the figures
                        // for leaders, SNV and agency heads (their own agency: DashboardAccess); directives and
                        // what-if for leaders and SNV
                        .requestMatchers(path.matcher(GET, "/dashboard/*.js"), path.matcher(GET, "/dashboard/*.css"))
                        .permitAll()
                        .requestMatchers(path.matcher(GET, "/dashboard"), path.matcher(GET, "/dashboard/data"),
                                path.matcher(GET, "/dashboard/export.xlsx"))
                        .hasAnyAuthority(UBND_LEADER, SNV_DIRECTOR, SNV_SPECIALIST, ADMIN, AGENCY_HEAD)
                        .requestMatchers(path.matcher("/dashboard/directives"), path.matcher("/dashboard/directives/**"),
                                path.matcher(GET, "/dashboard/what-if"), path.matcher(GET, "/dashboard/what-if/**"))
                        .hasAnyAuthority(UBND_LEADER, SNV_DIRECTOR, SNV_SPECIALIST, ADMIN)
                        // notifications log and the demo mailbox: SNV and administrators
                        .requestMatchers(path.matcher("/notifications"), path.matcher("/notifications/**"),
                                path.matcher("/mailbox"), path.matcher("/mailbox/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, ADMIN)
                        // reports and documents: SNV, leaders, agencies (which documents: DocumentsPage decides)
                        .requestMatchers(path.matcher(GET, "/reports"), path.matcher(GET, "/reports/**"))
                        .hasAnyAuthority(SNV_SPECIALIST, SNV_DIRECTOR, UBND_LEADER, ADMIN, AGENCY_OFFICIAL,
                                AGENCY_HEAD)
                        // the header's links for the Tasklist: any logged-in user, each sees what they may open
                        .requestMatchers(path.matcher(GET, "/me/links")).authenticated()
                        // monitoring beyond the health probe: administrators
                        .requestMatchers(path.matcher("/actuator/**")).hasAuthority(ADMIN)
                        .anyRequest().denyAll());
        return http.build();
    }

    private static HeaderWriter forApplication(RequestMatcher webapps, HeaderWriter writer) {
        return new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(webapps), writer);
    }

    /**
     * Strict-Transport-Security: by default only on HTTPS requests; in production on every response, because TLS
     * ends at the proxy in front and the application sees plain HTTP.
     */
    private static HstsHeaderWriter hsts(boolean always) {
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setMaxAgeInSeconds(31_536_000);
        hsts.setIncludeSubDomains(true);
        if (always) {
            hsts.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        }
        return hsts;
    }

    /** A request the firewall refuses (path parameters, encoded separators, …) is the caller's mistake: 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
