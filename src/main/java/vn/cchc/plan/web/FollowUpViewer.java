package vn.cchc.plan.web;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.shared.Role;

/**
 * What a user may do on the follow-up pages, from their Camunda groups (the authorities of their authentication):
 * SNV specialists and administrators change deadlines; the SNV director and the UBND leader read the whole plan; an
 * agency head reads the assignments of their own agencies (the agency groups they belong to); anyone else nothing.
 * The security chain lets only these groups in; this decides what the page shows them.
 *
 * @param editor   sees the forms that change deadlines, extensions and events
 * @param agencies the agencies an agency head sees; empty for the whole plan
 */
record FollowUpViewer(boolean editor, Set<String> agencies) {

    private static final Set<String> EDITORS = Set.of(Role.SNV_SPECIALIST.groupId(), Role.ADMIN_GROUP);
    private static final Set<String> READERS = Set.of(Role.SNV_DIRECTOR.groupId(), Role.UBND_LEADER.groupId());

    FollowUpViewer {
        agencies = Set.copyOf(agencies);
    }

    /**
     * @param agencyIds every agency id of the directory (to tell agency groups from role groups)
     * @return empty when the user may not open the follow-up
     */
    static Optional<FollowUpViewer> of(Collection<String> groups, Set<String> agencyIds) {
        if (groups.stream().anyMatch(EDITORS::contains)) {
            return Optional.of(new FollowUpViewer(true, Set.of()));
        }
        if (groups.stream().anyMatch(READERS::contains)) {
            return Optional.of(new FollowUpViewer(false, Set.of()));
        }
        if (!groups.contains(Role.AGENCY_HEAD.groupId())) {
            return Optional.empty();
        }
        Set<String> own = new TreeSet<>(groups);
        own.retainAll(agencyIds);
        return own.isEmpty() ? Optional.empty() : Optional.of(new FollowUpViewer(false, own));
    }

    boolean wholePlan() {
        return agencies.isEmpty();
    }

    boolean sees(String agencyId) {
        return wholePlan() || agencies.contains(agencyId);
    }
}
