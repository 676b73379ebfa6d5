package vn.cchc.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.shared.CchcProperties;

/**
 * Demo run only: the role users of {@code config/demo-users.yml} (chairman, SNV director and specialist, appraisers)
 * get the address {@code <user id>@<cchc.demo.user-email-domain>}, so the mails meant for people rather than agency
 * mailboxes (the leaders' weekly summary, escalations to the SNV director and the UBND leaders, plan returned to the
 * drafter) reach the demo's {@code /mailbox}. Runs after the identity start-up has created the users (order 1); a user
 * that already has an address keeps it. A blank domain leaves the accounts without address (the test suite does, so
 * that its recipient lists stay the agencies' mailboxes).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true")
class DemoUserAddresses implements ApplicationRunner {

    private final IdentityService identity;
    private final Path usersFile;
    private final String domain;

    DemoUserAddresses(IdentityService identity, CchcProperties properties,
                      @Value("${cchc.demo.user-email-domain:}") String domain) {
        this.identity = identity;
        this.usersFile = Path.of(properties.demo().usersFile());
        this.domain = domain.trim();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (domain.isEmpty()) {
            return;
        }
        for (String id : userIds(usersFile)) {
            User user = identity.createUserQuery().userId(id).singleResult();
            if (user != null && (user.getEmail() == null || user.getEmail().isBlank())) {
                user.setEmail(address(id, domain));
                identity.saveUser(user);
            }
        }
    }

    static String address(String userId, String domain) {
        return userId.toLowerCase(Locale.ROOT) + "@" + domain;
    }

    /** The ids of the file's users (only the ids: the file's other fields are the identity start-up's). */
    private static List<String> userIds(Path file) {
        try {
            JsonNode users = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("users");
            List<String> ids = new ArrayList<>();
            users.forEach(u -> ids.add(u.path("id").asText()));
            return ids.stream().filter(id -> !id.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo users file " + file + ": " + e.getMessage(), e);
        }
    }
}
