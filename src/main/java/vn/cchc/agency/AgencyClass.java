package vn.cchc.agency;
import vn.cchc.shared.Texts;

/**
 * The class of an agency as plans name them ("Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"). The
 * district class exists only in directories before 1 July 2025, when the district level of local government ended;
 * a post-2025 directory has no member of it, and a plan that still names it gets a blocking problem.
 */
public enum AgencyClass {
    /** Departments and boards of the province (sở, ban and the equivalent: Văn phòng UBND, Thanh tra tỉnh). */
    PROVINCIAL("cap-so"),
    /** District People's Committees; none from 1 July 2025. */
    DISTRICT("cap-huyen"),
    /** Commune-level People's Committees: UBND xã, phường, thị trấn (before 2025), đặc khu (from 2025). */
    COMMUNE("cap-xa"),
    /** Agencies of central ministries in the province (công an, thuế, kho bạc, bảo hiểm xã hội …). */
    SECTOR("nganh-doc"),
    /** A commune's own offices and units (Văn phòng HĐND-UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội …). */
    COMMUNE_UNIT("don-vi-xa"),
    /** Named individually only, never through a class (the People's Committee itself, press, bank branch …). */
    OTHER("khac");

    private final String code;

    AgencyClass(String code) {
        this.code = code;
    }

    /** The code used in {@code config/agencies/*.yml}. */
    public String code() {
        return code;
    }

    public static AgencyClass ofCode(String code) {
        for (AgencyClass c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(Texts.get("agency.class.invalid", code));
    }
}
