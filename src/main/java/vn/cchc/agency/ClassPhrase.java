package vn.cchc.agency;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A way plans name a whole class of agencies. {@code classes} empty means the phrase is recognised as one unit but
 * names no definite set of agencies ("các cơ quan, đơn vị có liên quan"): it is reported as unresolved.
 */
record ClassPhrase(Pattern pattern, Set<AgencyClass> classes) {

    private static final String UBND = "(?:ubnd|uy\\s+ban\\s+nhan\\s+dan)";
    private static final String BOUNDARY_START = "(?<![\\p{L}\\p{N}])";
    private static final String BOUNDARY_END = "(?![\\p{L}\\p{N}])";

    /** Folded-text patterns; the resolver takes the longest match at a position, so order does not matter. */
    static final List<ClassPhrase> ALL = List.of(
            of("(?:cac\\s+)?so\\s*,\\s*(?:ban\\s*,?\\s*)?nganh(?:\\s+tinh)?", AgencyClass.PROVINCIAL),
            of("(?:cac\\s+)?co\\s+quan\\s+chuyen\\s+mon\\s+(?:thuoc\\s+)?" + UBND + "\\s+tinh", AgencyClass.PROVINCIAL),
            of(UBND + "\\s+(?:cap\\s+huyen|cac\\s+huyen\\s*,\\s*thi\\s+xa\\s*,?\\s*(?:va\\s+)?thanh\\s+pho)",
                    AgencyClass.DISTRICT),
            of(UBND + "\\s+(?:cap\\s+xa|cac\\s+xa\\s*,\\s*phuong\\s*,?\\s*(?:va\\s+)?(?:thi\\s+tran|dac\\s+khu))",
                    AgencyClass.COMMUNE),
            // a commune plan's own offices and units (Văn phòng HĐND-UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội …)
            of("(?:cac\\s+)?phong\\s*,\\s*(?:ban\\s*,\\s*)?(?:don\\s+vi|ban\\s+nganh)(?:\\s+(?:thuoc|truc\\s+thuoc)\\s+"
                    + UBND + "\\s+xa)?", AgencyClass.COMMUNE_UNIT),
            of("(?:cac\\s+)?phong\\s+chuyen\\s+mon(?:\\s+(?:thuoc|truc\\s+thuoc)\\s+" + UBND + "\\s+xa)?",
                    AgencyClass.COMMUNE_UNIT),
            of("(?:cac\\s+)?co\\s+quan\\s+nganh\\s+doc(?:\\s+(?:tren\\s+dia\\s+ban\\s+)?tinh)?", AgencyClass.SECTOR),
            of(UBND + "\\s+cap\\s+huyen\\s*[,;]?\\s*(?:va\\s+)?(?:" + UBND + "\\s+)?cap\\s+xa",
                    AgencyClass.DISTRICT, AgencyClass.COMMUNE),
            // "Các cơ quan, đơn vị" (and ", địa phương") is how the 2023 plan writes "every agency of the
            // province": the same tasks name "Các sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã" in 2024. In a
            // commune's directory the same words mean the commune's offices and units.
            of("(?:cac\\s+)?co\\s+quan\\s*,\\s*don\\s+vi(?:\\s*,\\s*(?:dia|dai)\\s+phuong)?",
                    AgencyClass.PROVINCIAL, AgencyClass.DISTRICT, AgencyClass.COMMUNE, AgencyClass.COMMUNE_UNIT),
            // "... có liên quan" depends on the task: kept as one unresolved phrase for the SNV specialist.
            new ClassPhrase(Pattern.compile(BOUNDARY_START
                    + "(?:cac\\s+)?(?:co\\s+quan|don\\s+vi|nganh)(?:\\s*,\\s*(?:co\\s+quan|don\\s+vi|dia\\s+phuong"
                    + "|dai\\s+phuong))*\\s+(?:co\\s+)?lien\\s+quan" + BOUNDARY_END), Set.of()));

    private static ClassPhrase of(String regex, AgencyClass... classes) {
        return new ClassPhrase(Pattern.compile(BOUNDARY_START + regex + BOUNDARY_END), Set.of(classes));
    }
}
