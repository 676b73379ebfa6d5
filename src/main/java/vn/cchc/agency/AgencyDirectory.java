package vn.cchc.agency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.shared.VietnamTime;

/**
 * The agencies of one structure of a province or commune (one {@code config/agencies/*.yml} file, or several files
 * with the same unit and effective date): ids, names and aliases are unique within it.
 */
public final class AgencyDirectory {

    private final DirectoryInfo info;
    private final List<Agency> agencies;
    private final Map<String, Agency> byId = new LinkedHashMap<>();

    public AgencyDirectory(List<Agency> agencies) {
        this(DirectoryInfo.NONE, agencies);
    }

    public AgencyDirectory(DirectoryInfo info, List<Agency> agencies) {
        this.info = info;
        this.agencies = List.copyOf(agencies);
        Map<String, String> owners = new HashMap<>();
        for (Agency agency : this.agencies) {
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                throw AgencyDirectoryException.of("agency.dir.duplicateId", agency.id());
            }
            List<String> names = new ArrayList<>(agency.aliases());
            names.add(0, agency.name());
            for (String name : names) {
                String previous = owners.putIfAbsent(TextFold.key(name), agency.id());
                if (previous != null && !previous.equals(agency.id())) {
                    throw AgencyDirectoryException.of("agency.dir.duplicateName", name, previous, agency.id());
                }
            }
        }
    }

    /**
     * Loads one YAML file, or a folder of them, and returns the structure in force today (in Vietnam, on the engine's
     * clock: a static entry point of the command-line tools and tests, so {@link VietnamTime}). A folder that holds
     * several units (a province and a commune) must be narrowed with {@link AgencyDirectories#inForce}.
     */
    public static AgencyDirectory load(Path fileOrDir) {
        return AgencyDirectories.load(fileOrDir).inForce(null, VietnamTime.today());
    }

    public DirectoryInfo info() {
        return info;
    }

    public List<Agency> all() {
        return agencies;
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Agency> ofClass(AgencyClass agencyClass) {
        return agencies.stream().filter(a -> a.agencyClass() == agencyClass).toList();
    }
}
