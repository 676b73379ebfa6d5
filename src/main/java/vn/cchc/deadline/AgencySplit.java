package vn.cchc.deadline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a cell that gives different deadlines to different agency classes ("Các sở, ban, ngành tỉnh, UBND cấp
 * huyện: trước ngày 01/3/2024; UBND cấp xã: theo yêu cầu của UBND cấp huyện") into class → phrase.
 */
final class AgencySplit {

    private static final Pattern AGENCY_WORD = Pattern.compile(
            "(?<!\\p{L})(so|ban|nganh|ubnd|hdnd|uy ban|cap|huyen|xa|tinh|phuong|co quan|don vi|phong"
                    + "|trung tam|bo|van phong|dia phuong)(?!\\p{L})");
    private static final int MAX_LABEL = 120;

    private AgencySplit() {
    }

    /** The agency classes as written, in order, with their phrases; empty when the cell is not of that form. */
    static Optional<Map<String, String>> split(String cleaned) {
        Map<String, String> result = new LinkedHashMap<>();
        String lastLabel = null;
        for (String segment : cleaned.split(";")) {
            String part = segment.trim();
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            String label = colon > 0 ? part.substring(0, colon).trim() : "";
            if (colon > 0 && label.length() <= MAX_LABEL && AGENCY_WORD.matcher(PhraseText.fold(label)).find()) {
                result.merge(label, part.substring(colon + 1).trim(), (a, b) -> a + "; " + b);
                lastLabel = label;
            } else if (lastLabel != null) {
                result.merge(lastLabel, part, (a, b) -> a + "; " + b);
            } else {
                return Optional.empty();
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }
}
