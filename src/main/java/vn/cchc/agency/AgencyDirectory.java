package vn.cchc.agency;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The agencies of {@code config/agencies/*.yml}. (stub) */
public final class AgencyDirectory {

    private final List<Agency> agencies;

    public AgencyDirectory(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    /** Loads one YAML file, or every {@code *.yml} in a folder. */
    public static AgencyDirectory load(Path fileOrDir) {
        return new AgencyDirectory(List.of());
    }

    public List<Agency> all() {
        return agencies;
    }

    public Optional<Agency> byId(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
