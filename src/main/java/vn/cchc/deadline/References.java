package vn.cchc.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates inside references to other documents ("Theo Quyết định số 123/QĐ-UBND ngày 05/6/2023 của UBND tỉnh",
 * "Kế hoạch số 45/KH-UBND ngày 12/3/2024", "Công văn số … ngày …") are the days those documents were signed, not
 * deadlines (issue 14, class 1). They are blanked out of the folded phrase before dates are read.
 */
final class References {

    private static final String DATE = "(?:\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
            + "|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}|\\d{1,2}\\s*-\\s*\\d{1,2}\\s*-\\s*\\d{4}|[.…]+)";
    private static final String DOCUMENT = "(?<![a-z])(?:quyet dinh|ke hoach|cong van|thong bao|chi thi|nghi quyet|nghi dinh"
            + "|thong tu|van ban|quy che|chuong trinh|huong dan|to trinh|bao cao|de an|luat|phap lenh|ket luan"
            + "|thong tu lien tich|qd|kh|cv|tb|nq|nd|tt|ct)";
    /** A document number: "123/qd-ubnd", "09/2019/nd-cp", "05-nq/tu", "số …". */
    private static final String NUMBER = "(?:so\\s+)?(?:\\d+[\\w.&-]*(?:/[\\w.&-]+)+|\\d+-[a-z][\\w.&-]*|[.…]+)";
    /**
     * A document named without its number ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015"): the
     * words up to its date, none of them saying when something is due ("trước", "chậm nhất", "hạn", "đến", "trong").
     */
    private static final String UNTIL_DATE =
            "(?:(?!truoc|cham nhat|han\\s|den\\s|hoan thanh|xong|trong\\s)[^;])*?\\s";
    /** A numbered document and the date it was signed; the date must follow its number closely. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:" + DOCUMENT + "\\s+)?" + NUMBER + "\\s*,?\\s*(?:cua\\s+[^;,()]{1,40}?\\s*,?\\s*)?ngay\\s+" + DATE
                    + "|" + DOCUMENT + "\\s+so\\s+" + NUMBER + "(?:\\s+cua\\s+[^;,()]{1,40})?"
                    + "|" + DOCUMENT + "\\s+" + NUMBER + "(?=\\W|$)"
                    + "|(?:can cu|theo|thuc hien|tai|kem theo)\\s+" + DOCUMENT + UNTIL_DATE + "ngay\\s+" + DATE);
    /** Only numbers with letters after a slash or a dash are document numbers ("30/4" is a date). */
    private static final Pattern HAS_LETTERS = Pattern.compile(
            "\\d+[\\w.&-]*[/-][\\w./&-]*[a-z]|so\\s+[.…]|^(?:can cu|theo|thuc hien|tai|kem theo)\\s");

    private References() {
    }

    /** What {@link #strip} found: a reference at all, and one with its signing date. */
    record Found(boolean any, boolean dated) {
    }

    /** Blanks every reference out of {@code text}. */
    static Found strip(StringBuilder text) {
        Matcher m = REFERENCE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        boolean dated = false;
        while (m.find()) {
            if (HAS_LETTERS.matcher(m.group()).find()) {
                spans.add(new int[] {m.start(), m.end()});
                dated |= m.group().contains("ngay");
            }
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
        return new Found(!spans.isEmpty(), dated);
    }
}
