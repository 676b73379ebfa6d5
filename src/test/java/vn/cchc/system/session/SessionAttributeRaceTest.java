package vn.cchc.system.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.cchc.support.CchcIntegrationTest;

/**
 * Two requests of one session that both add the same attribute (a page's parallel requests, each creating the
 * session's CSRF token): each request loaded the session before the other saved it, so both save the attribute as
 * new. Before the upsert ({@link SessionConfiguration#sessionAttributesAsUpsert}) the second save failed on the
 * attributes' primary key and the user got a 500. On the tests' PostgreSQL, through the application's repository.
 */
@CchcIntegrationTest
class SessionAttributeRaceTest {

    private static final String CSRF = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository"
            + ".CSRF_TOKEN";

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void twoRequestsAddingTheSameAttributeBothSucceedAndTheLastOneWins() {
        race(sessions);
    }

    /** The race, on any repository: both saves succeed and the later one's value is kept. */
    @SuppressWarnings("unchecked")
    static void race(JdbcIndexedSessionRepository repository) {
        // its session class is not public: used through the Session interface
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());

        first.setAttribute(CSRF, "token-of-the-first-request");
        second.setAttribute(CSRF, "token-of-the-second-request");
        sessions.save(first);
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute(CSRF))
                .isEqualTo("token-of-the-second-request");
        sessions.deleteById(created.getId());
    }
}
