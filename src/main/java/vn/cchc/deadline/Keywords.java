package vn.cchc.deadline;

import java.util.regex.Pattern;

/** The non-date meanings of a folded phrase: ongoing, recurring, after an event, per regulation. */
record Keywords(boolean ongoing, boolean recurring, boolean event, boolean regulation) {

    private static final Pattern ONGOING = Pattern.compile(
            "thường xuyên|liên tục|h[àằ]ng ngày|mỗi ngày");
    private static final Pattern RECURRING = Pattern.compile(
            "định kỳ|h[àằ]ng (?:quý|tháng|năm|tuần)|mỗi (?:quý|tháng|năm)|(?:báo cáo|bc) cchc");
    private static final Pattern EVENT = Pattern.compile(
            "^(?:ngay\\s+)?(?:sau khi|sau|khi|kể từ khi)\\s|^khi$|đột xuất$");
    private static final Pattern REGULATION = Pattern.compile(
            "theo (?:quy định|quy chế|tiến độ|chương trình|kế hoạch|hướng dẫn|lộ trình|đề án|yêu cầu|chỉ đạo"
                    + "|văn bản|thông báo|thời gian|phân công)|chương trình công tác|theo yêu cầu|khi có yêu cầu");

    static Keywords of(String folded) {
        String s = folded.trim();
        return new Keywords(ONGOING.matcher(s).find(), RECURRING.matcher(s).find(), EVENT.matcher(s).find(),
                REGULATION.matcher(s).find());
    }

    boolean any() {
        return ongoing || recurring || event || regulation;
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
