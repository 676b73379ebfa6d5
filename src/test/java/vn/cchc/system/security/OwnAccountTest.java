package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.RestClient;

/**
 * The engine grants every user ALL on their own account: an official changed the e-mail address their reminders and
 * escalations go to, or deleted their account. A user changes their own password, nothing else.
 */
@CchcIntegrationTest
class OwnAccountTest {

    private static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    private String id;
    private RestClient self;

    @BeforeEach
    void anOfficialOfSoTuPhap() {
        id = "cv2.so-tu-phap-" + System.nanoTime();
        User user = identity.newUser(id);
        user.setFirstName("Chuyên viên");
        user.setLastName("Sở Tư pháp");
        user.setEmail("sotuphap@vinhlong.gov.vn");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "so-tu-phap");
        self = RestClient.as(port, id, PASSWORD);
    }

    @AfterEach
    void removeTheAccount() {
        identity.deleteMembership(id, "so-tu-phap");
        identity.deleteUser(id);
    }

    @Test
    void theOfficialChangesTheirPassword() {
        RestClient.Response changed = self.put("/engine-rest/user/" + id + "/credentials",
                Map.of("password", "Mat-khau-moi-2027", "authenticatedUserPassword", PASSWORD));

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(identity.checkPassword(id, "Mat-khau-moi-2027")).isTrue();
        assertThat(identity.createUserQuery().userId(id).singleResult().getEmail())
                .isEqualTo("sotuphap@vinhlong.gov.vn");
    }

    @Test
    void butNotTheAddressTheirRemindersGoToNorTheirName() {
        RestClient.Response changed = self.put("/engine-rest/user/" + id + "/profile", Map.of("id", id,
                "firstName", "Chuyên viên", "lastName", "Sở Tư pháp", "email", "canhan@gmail.com"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(403);
        assertThat(changed.json().get("message").asText()).startsWith("Họ tên, địa chỉ thư điện tử");
        assertThat(self.put("/engine-rest/user/" + id + "/profile", Map.of("id", id, "firstName", "Giám đốc",
                "lastName", "Sở Tư pháp", "email", "sotuphap@vinhlong.gov.vn")).status()).isEqualTo(403);
        User stored = identity.createUserQuery().userId(id).singleResult();
        assertThat(stored.getEmail()).isEqualTo("sotuphap@vinhlong.gov.vn");
        assertThat(stored.getFirstName()).isEqualTo("Chuyên viên");
    }

    @Test
    void norDeleteTheirAccount() {
        RestClient.Response deleted = self.delete("/engine-rest/user/" + id);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(id).count()).isEqualTo(1);
    }
}
