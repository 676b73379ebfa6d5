package vn.cchc.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL, on a random port, with the job executor off (tests run jobs and
 * move the engine clock themselves) and no embedded SMTP server. One shared context for all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "cchc.mail.embedded.enabled=false",
        "cchc.demo.sample-plans=false",
        // the demo's role users keep no e-mail address: the tests' recipient lists are the agencies' mailboxes
        "cchc.demo.user-email-domain=",
        "management.health.mail.enabled=false",
        // links in mails: a fixed public address, as production sets CCHC_PUBLIC_URL (the random port is not known
        // when the properties are bound)
        "cchc.tasklist-url=http://localhost:8080/camunda/app/tasklist/"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface CchcIntegrationTest {
}
