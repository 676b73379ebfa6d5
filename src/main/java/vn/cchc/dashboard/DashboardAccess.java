package vn.cchc.dashboard;

import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Messages;

/**
 * The scope of the signed-in user ({@link DashboardScope}) from the authorities Spring Security gives them (their
 * Camunda group ids). The security chain already keeps anonymous users and other roles away from
 * {@code /dashboard/**}; this refuses them again so the pages never show figures to a user without a scope.
 */
@Component
class DashboardAccess {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardAccess.class);
    private final Set<String> agencyIds;
    private final Messages messages;

    DashboardAccess(AgencyDirectory directory, Messages messages) {
        this.agencyIds = directory.all().stream().map(Agency::id).collect(Collectors.toUnmodifiableSet());
        this.messages = messages;
    }

    DashboardScope scope(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, messages.get("dashboard.unauthenticated"));
        }
        Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return DashboardScope.of(groups, agencyIds).orElseThrow(() -> {
            LOG.info("dashboard refused to {} (groups {})", user.getName(), groups);
            return new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("dashboard.forbidden"));
        });
    }

    /** The scope of a user who may act (directives, what-if): the whole province's. */
    DashboardScope leader(Authentication user) {
        DashboardScope scope = scope(user);
        if (!scope.mayDirect()) {
            LOG.info("dashboard action refused to agency head {}", user.getName());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("dashboard.readOnly"));
        }
        return scope;
    }
}
