package vn.cchc.agency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every structure found in a directory file or folder, by unit and effective date: the pre-2025 Vĩnh Long
 * (districts) beside the merged province of 1 July 2025 and a commune's offices. Which one a plan uses is chosen by
 * date: {@link #inForce} gives the latest structure of the unit that took effect on or before the day,
 * {@link #forPlanYear} the one in force on the last day of the plan year (the agencies that answer for the year's
 * results: 2023 and 2024 plans get the districts, 2025 and later the two-level government).
 */
public final class AgencyDirectories {

    private final List<AgencyDirectory> directories;

    AgencyDirectories(List<AgencyDirectory> directories) {
        this.directories = directories.stream()
                .sorted(Comparator.comparing((AgencyDirectory d) -> d.info().unit())
                        .thenComparing(d -> d.info().effective()))
                .toList();
    }

    /** Reads a file or every {@code *.yml} of a folder; files with the same unit and date are one directory. */
    public static AgencyDirectories load(Path fileOrDir) {
        Map<DirectoryInfo, List<Agency>> grouped = new LinkedHashMap<>();
        Map<DirectoryInfo, DirectoryInfo> firstOf = new LinkedHashMap<>();
        for (AgencyFileReader.DirectoryFile file : AgencyFileReader.readAll(fileOrDir)) {
            DirectoryInfo key = firstOf.keySet().stream().filter(i -> i.sameStructure(file.info())).findFirst()
                    .orElse(file.info());
            firstOf.putIfAbsent(key, key);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).addAll(file.agencies());
        }
        List<AgencyDirectory> list = new ArrayList<>();
        grouped.forEach((info, agencies) -> list.add(new AgencyDirectory(info, agencies)));
        if (list.isEmpty()) {
            throw AgencyDirectoryException.of("agency.dir.noFiles", fileOrDir);
        }
        return new AgencyDirectories(list);
    }

    public List<AgencyDirectory> all() {
        return directories;
    }

    public Set<String> units() {
        Set<String> units = new TreeSet<>();
        directories.forEach(d -> units.add(d.info().unit()));
        return units;
    }

    /**
     * The structure of {@code unit} in force on {@code day}: the latest that took effect on or before it, else the
     * earliest one (a plan older than every file still resolves). {@code unit} null or blank: the only unit there is.
     */
    public AgencyDirectory inForce(String unit, LocalDate day) {
        String wanted = unit == null || unit.isBlank() ? onlyUnit() : unit;
        List<AgencyDirectory> ofUnit = directories.stream().filter(d -> d.info().unit().equals(wanted)).toList();
        if (ofUnit.isEmpty()) {
            throw AgencyDirectoryException.of("agency.dir.noUnit", wanted,
                    String.join(", ", units()));
        }
        AgencyDirectory chosen = ofUnit.get(0);
        for (AgencyDirectory d : ofUnit) {
            if (!d.info().effective().isAfter(day)) {
                chosen = d;
            }
        }
        return chosen;
    }

    /** The structure in force on 31 December of the plan year. */
    public AgencyDirectory forPlanYear(String unit, int year) {
        return inForce(unit, LocalDate.of(year, 12, 31));
    }

    private String onlyUnit() {
        Set<String> units = units();
        if (units.size() != 1) {
            throw AgencyDirectoryException.of("agency.dir.manyUnits", String.join(", ", units));
        }
        return units.iterator().next();
    }
}
