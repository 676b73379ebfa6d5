package vn.cchc.agency;

/** The class of an agency as plans name them ("Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"). */
public enum AgencyClass {
    PROVINCIAL("cap-so"), DISTRICT("cap-huyen"), COMMUNE("cap-xa"), OTHER("khac");

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
        throw new IllegalArgumentException("Lớp cơ quan không hợp lệ: " + code);
    }
}
