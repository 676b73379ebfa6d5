package vn.cchc.dashboard;

import java.util.List;
import vn.cchc.agency.TextFold;

/**
 * The areas of a CCHC plan (the appendix sections of Resolution 76/NQ-CP's programme), found from an item's section
 * heading by its words: plans number and word their sections differently ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
 * "2. Cải cách TTHC"), so the heading is folded and matched, most specific first. Headings that name none of the
 * six (direction and management, propaganda, blank) count as {@link #OTHER}.
 */
public enum Area {
    INSTITUTIONS("the-che", List.of("the che")),
    PROCEDURES("tthc", List.of("thu tuc hanh chinh", "tthc")),
    ORGANISATION("bo-may", List.of("bo may")),
    CIVIL_SERVICE("cong-vu", List.of("cong vu", "cong chuc", "vien chuc")),
    PUBLIC_FINANCE("tai-chinh-cong", List.of("tai chinh cong", "tai chinh")),
    DIGITAL_GOVERNMENT("chinh-quyen-so", List.of("chinh quyen so", "chinh quyen dien tu", "chinh phu so", "chinh phu dien tu", "chuyen doi so")),
    OTHER("khac", List.of());

    private final String code;
    private final List<String> words;

    Area(String code, List<String> words) {
        this.code = code;
        this.words = words;
    }

    /** Its code in filters and URLs; its name is {@code dashboard.area.<code>} in the message bundle. */
    public String code() {
        return code;
    }

    /** The area of a section heading; digital government is tried first ("chính quyền số" beats "thủ tục"). */
    public static Area of(String section) {
        String folded = TextFold.key(section);
        for (Area area : List.of(DIGITAL_GOVERNMENT, PROCEDURES, INSTITUTIONS, ORGANISATION, CIVIL_SERVICE,
                PUBLIC_FINANCE)) {
            if (area.words.stream().anyMatch(folded::contains)) {
                return area;
            }
        }
        return OTHER;
    }

    /** The area with this code, or null for a blank or unknown one (no filter). */
    public static Area ofCode(String code) {
        for (Area area : values()) {
            if (area.code.equals(code)) {
                return area;
            }
        }
        return null;
    }
}
