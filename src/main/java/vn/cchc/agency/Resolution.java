package vn.cchc.agency;

import java.util.List;

/** What an agency phrase resolved to: agency ids (classes expanded) and the parts that matched nothing. */
public record Resolution(List<String> agencyIds, List<String> unresolved) {

    public Resolution {
        agencyIds = List.copyOf(agencyIds);
        unresolved = List.copyOf(unresolved);
    }

    public boolean complete() {
        return unresolved.isEmpty();
    }
}
