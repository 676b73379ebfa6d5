package vn.cchc.reporting.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.documents.StoredDocument;
import vn.cchc.shared.Role;

/**
 * Who is looking at the documents page: SNV, the province's leaders and administrators see every document; an
 * agency's users see only what is signed or published. Built from the authenticated user's groups.
 */
record Viewer(String userId, boolean seesAll, Set<String> agencyIds) {

    private static final Set<String> SEE_ALL = Set.of(Role.SNV_SPECIALIST.groupId(), Role.SNV_DIRECTOR.groupId(),
            Role.UBND_LEADER.groupId(), Role.ADMIN_GROUP);

    static Viewer of(Authentication user, AgencyDirectory directory) {
        Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Viewer(user.getName(), groups.stream().anyMatch(SEE_ALL::contains),
                groups.stream().filter(g -> directory.byId(g).isPresent()).collect(Collectors.toSet()));
    }

    boolean mayRead(StoredDocument document) {
        return seesAll || !agencyIds.isEmpty() && document.status().forAgencies();
    }
}
