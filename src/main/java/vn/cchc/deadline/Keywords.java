package vn.cchc.deadline;

import java.util.regex.Pattern;

/**
 * The non-date meanings of a folded phrase (lower case, no diacritics): ongoing, recurring, after an event, per
 * regulation. A phrase that defers to someone else ("Theo đề nghị của các sở, ngành", "Theo yêu cầu của UBND
 * tỉnh", "Khi có chỉ đạo") is an event or per regulation, never unknown.
 */
record Keywords(boolean ongoing, boolean recurring, boolean event, boolean regulation) {

    private static final Pattern ONGOING = Pattern.compile(
            "thuong\\s*xuyen|lien tuc|hang ngay|moi ngay");
    private static final Pattern RECURRING = Pattern.compile(
            "dinh\\s*ky|hang\\s*(?:quy|thang|nam|tuan)|moi (?:quy|thang|nam|tuan)|(?:bao cao|bc) cchc|tung (?:quy|thang|nam)");
    private static final Pattern EVENT = Pattern.compile(
            "^(?:ngay\\s+)?(?:sau khi|sau|khi|ke tu khi|ngay khi)\\s|^(?:khi|sau)$|(?:^|\\W)(?:sau khi|ke tu khi|ke tu ngay)\\s"
                    + "|dot xuat|phat sinh|khi co\\s|khi duoc\\s");
    /** The document, body or person whose timing the task follows. */
    private static final Pattern REGULATION = Pattern.compile(
            "(?:theo|can cu|tuy theo|phu hop voi|dap ung)\\s+(?:su\\s+|cac\\s+|dung\\s+)?(?:quy dinh|quy che|tien do|chuong trinh"
                    + "|ke hoach|huong dan|lo trinh|de an|yeu cau|chi dao|van ban|thong bao|thoi gian|phan cong"
                    + "|de nghi|dang ky|nhu cau|quyet dinh|cong van|nghi quyet|nghi dinh|thong tu|chi thi|luat"
                    + "|thoi han|tinh hinh|thuc te|muc do|dieu kien)"
                    + "|chuong trinh cong tac|theo yeu cau|khi co yeu cau|do (?:ubnd|cap tren|co quan)");

    static Keywords of(String folded) {
        String s = folded.trim();
        return new Keywords(ONGOING.matcher(s).find(), RECURRING.matcher(s).find(), EVENT.matcher(s).find(),
                REGULATION.matcher(s).find());
    }

    boolean any() {
        return ongoing || recurring || event || regulation;
    }

    /** How many of the four meanings the phrase names: above one, the kind is chosen by precedence. */
    int count() {
        return (ongoing ? 1 : 0) + (recurring ? 1 : 0) + (event ? 1 : 0) + (regulation ? 1 : 0);
    }

    Keywords withRegulation() {
        return new Keywords(ongoing, recurring, event, true);
    }

    /** The kind these keywords give on their own, by precedence; UNKNOWN when none. */
    DeadlineKind kind() {
        if (ongoing) {
            return DeadlineKind.ONGOING;
        }
        if (recurring) {
            return DeadlineKind.RECURRING;
        }
        if (event) {
            return DeadlineKind.EVENT;
        }
        if (regulation) {
            return DeadlineKind.PER_REGULATION;
        }
        return DeadlineKind.UNKNOWN;
    }
}
