package vn.cchc.agency;

import java.util.ArrayList;
import java.util.List;

/** Resolves agency phrases as plans write them to agency ids. (stub: exact ids and names only) */
public final class AgencyResolver {

    private final AgencyDirectory directory;

    public AgencyResolver(AgencyDirectory directory) {
        this.directory = directory;
    }

    public Resolution resolve(String phrase) {
        List<String> ids = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String part : phrase.split("[;,]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            directory.all().stream().filter(a -> a.id().equals(p) || a.name().equalsIgnoreCase(p)).findFirst()
                    .ifPresentOrElse(a -> ids.add(a.id()), () -> unresolved.add(p));
        }
        return new Resolution(ids, unresolved);
    }
}
