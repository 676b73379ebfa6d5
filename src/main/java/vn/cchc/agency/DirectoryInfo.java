package vn.cchc.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The header of a directory file ({@code directory:}): whose structure it is ({@code unit}, a slug such as
 * {@code vinh-long}), at which level ({@code province} or {@code commune}), from which date it is in force
 * ({@code effective}), the documents it was taken from, and for a class that no longer has members which classes a
 * plan most likely means by it ({@code replaces: {cap-huyen: [cap-xa]}}), offered to SNV as a suggested mapping.
 * Files without a header form one unnamed directory in force since always (tests, single-file setups).
 */
public record DirectoryInfo(String unit, String name, Level level, LocalDate effective, List<String> sources,
                            Map<AgencyClass, List<AgencyClass>> replaces) {

    public enum Level { PROVINCE, COMMUNE }

    /** No header: unnamed, province level, in force since always. */
    public static final DirectoryInfo NONE = new DirectoryInfo("", "", Level.PROVINCE, LocalDate.of(1900, 1, 1),
            List.of(), Map.of());

    public DirectoryInfo {
        sources = sources == null ? List.of() : List.copyOf(sources);
        replaces = replaces == null ? Map.of() : Map.copyOf(replaces);
    }

    /** Files of one unit with the same date form one directory (a province may keep its communes in a second file). */
    boolean sameStructure(DirectoryInfo other) {
        return unit.equals(other.unit) && effective.equals(other.effective);
    }
}
