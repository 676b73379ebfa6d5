package vn.cchc.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Role;

/**
 * Resolves the recipients of the follow-up's reminder policy ({@code officials}, {@code head}, {@code mailbox},
 * {@code group:<id>}, {@code agency:<id>}) to e-mail addresses, one per address. Users come from the engine's
 * identity service; users without an e-mail address are skipped. Group memberships are cached for a minute
 * (a quarter-end burst asks the same questions thousands of times).
 */
@Component
public class AlertRecipients {

    private static final long CACHE_MILLIS = 60_000;
    private final IdentityService identity;
    private final AgencyDirectory directory;
    private final Map<String, Cached> members = new ConcurrentHashMap<>();
    private final Clock clock;

    AlertRecipients(IdentityService identity, AgencyDirectory directory, Clock clock) {
        this.identity = identity;
        this.directory = directory;
        this.clock = clock;
    }

    private record Cached(List<User> users, long at) {
    }

    public List<Recipient> resolve(List<String> specs, String agencyId) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (String spec : specs) {
            for (Recipient r : resolve(spec.trim(), agencyId)) {
                byAddress.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r);
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private List<Recipient> resolve(String spec, String agencyId) {
        if (spec.startsWith("group:")) {
            return users(members(spec.substring(6)));
        }
        if (spec.startsWith("agency:")) {
            return mailbox(spec.substring(7));
        }
        return switch (spec) {
            case "officials" -> users(inBoth(agencyId, Role.AGENCY_OFFICIAL.groupId()));
            case "head" -> users(inBoth(agencyId, Role.AGENCY_HEAD.groupId()));
            case "mailbox" -> mailbox(agencyId);
            default -> throw new IllegalArgumentException("cchc.reminders: unknown recipient '" + spec
                    + "' (officials, head, mailbox, group:<id>, agency:<id>)");
        };
    }

    private List<Recipient> mailbox(String agencyId) {
        return directory.byId(agencyId).filter(a -> a.email() != null && !a.email().isBlank())
                .map(a -> List.of(new Recipient(a.email(), a.name()))).orElse(List.of());
    }

    private List<User> inBoth(String agencyGroup, String roleGroup) {
        Set<String> inRole = members(roleGroup).stream().map(User::getId).collect(Collectors.toSet());
        return members(agencyGroup).stream().filter(u -> inRole.contains(u.getId())).toList();
    }

    private List<User> members(String groupId) {
        long now = clock.millis();
        Cached cached = members.get(groupId);
        if (cached == null || now - cached.at() > CACHE_MILLIS) {
            cached = new Cached(identity.createUserQuery().memberOfGroup(groupId).list(), now);
            members.put(groupId, cached);
        }
        return cached.users();
    }

    private static List<Recipient> users(List<User> users) {
        return users.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new Recipient(u.getEmail(), name(u))).toList();
    }

    private static String name(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return name.isEmpty() ? u.getId() : name;
    }

    /** The agency's name, for texts. */
    public String agencyName(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }
}
