package vn.cchc.system.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Role;
import vn.cchc.shared.Texts;

/**
 * Demo users of the default profile, all with the password {@code demo}: the role users of
 * {@code config/demo-users.yml}, and for every agency one official ({@code cv.<agency>}) and one head
 * ({@code ld.<agency>}).
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";

    private final IdentityService identityService;
    private final AgencyDirectory directory;

    DemoUsers(IdentityService identityService, AgencyDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    record DemoUsersFile(List<DemoUser> users) {
    }

    void create(Path usersFile) {
        for (DemoUser user : read(usersFile).users()) {
            ensure(user.id(), user.firstName(), user.lastName(), null, user.groups());
        }
        for (Agency agency : directory.all()) {
            ensure("cv." + agency.id(), Texts.get("system.demoUsers.official"), agency.name(), agency.email(),
                    List.of(agency.id(), Role.AGENCY_OFFICIAL.groupId()));
            ensure("ld." + agency.id(), Texts.get("system.demoUsers.head"), agency.name(), agency.email(),
                    List.of(agency.id(), Role.AGENCY_HEAD.groupId()));
        }
    }

    private static DemoUsersFile read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), DemoUsersFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(Texts.get("system.demoUsers.unreadable", file, e.getMessage()), e);
        }
    }

    private void ensure(String id, String firstName, String lastName, String email, List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }
}
