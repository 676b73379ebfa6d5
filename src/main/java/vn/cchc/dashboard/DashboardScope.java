package vn.cchc.dashboard;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.shared.Role;

/**
 * What a user may see on the dashboard, from their Camunda groups (the authorities of their Spring Security
 * authentication): the UBND leader, SNV (director and specialists) and administrators the whole province; an
 * agency head their own agencies (the agency groups they belong to), read only; anyone else nothing.
 *
 * @param agencies the agencies an agency head sees; empty for the whole province
 */
public record DashboardScope(boolean province, Set<String> agencies) {

    private static final Set<String> PROVINCE_GROUPS = Set.of(Role.UBND_LEADER.groupId(), Role.SNV_DIRECTOR.groupId(),
            Role.SNV_SPECIALIST.groupId(), Role.ADMIN_GROUP);

    public DashboardScope {
        agencies = Set.copyOf(agencies);
    }

    /**
     * The scope of a user in {@code groups}; empty when they may not open the dashboard.
     *
     * @param agencyIds every agency id of the directory (to tell agency groups from role groups)
     */
    public static Optional<DashboardScope> of(Collection<String> groups, Set<String> agencyIds) {
        if (groups.stream().anyMatch(PROVINCE_GROUPS::contains)) {
            return Optional.of(new DashboardScope(true, Set.of()));
        }
        if (!groups.contains(Role.AGENCY_HEAD.groupId())) {
            return Optional.empty();
        }
        Set<String> own = new TreeSet<>(groups);
        own.retainAll(agencyIds);
        return own.isEmpty() ? Optional.empty() : Optional.of(new DashboardScope(false, own));
    }

    /** Leaders and SNV may send directives and run the what-if; agency heads only read. */
    public boolean mayDirect() {
        return province;
    }

    public boolean sees(String agencyId) {
        return province || agencies.contains(agencyId);
    }
}
