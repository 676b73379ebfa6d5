package vn.cchc.agency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agencies of {@code config/agencies/*.yml}: ids, names and aliases are unique across all files. */
public final class AgencyDirectory {

    private final List<Agency> agencies;
    private final Map<String, Agency> byId = new LinkedHashMap<>();

    public AgencyDirectory(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
        Map<String, String> owners = new HashMap<>();
        for (Agency agency : this.agencies) {
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                throw new AgencyDirectoryException("Mã cơ quan bị trùng: '" + agency.id() + "'");
            }
            List<String> names = new ArrayList<>(agency.aliases());
            names.add(0, agency.name());
            for (String name : names) {
                String previous = owners.putIfAbsent(TextFold.key(name), agency.id());
                if (previous != null && !previous.equals(agency.id())) {
                    throw new AgencyDirectoryException("Tên hoặc tên gọi khác '" + name + "' dùng cho cả hai cơ quan '"
                            + previous + "' và '" + agency.id() + "'");
                }
            }
        }
    }

    /** Loads one YAML file, or every {@code *.yml} in a folder (in name order). */
    public static AgencyDirectory load(Path fileOrDir) {
        return new AgencyDirectory(AgencyFileReader.readAll(fileOrDir));
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
