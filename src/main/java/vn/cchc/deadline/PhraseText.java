package vn.cchc.deadline;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a deadline phrase as it comes out of converted documents: NFC, HTML, whitespace and known typos. */
final class PhraseText {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>|</li>\\s*<li[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern ROMAN_WITH_SPACES = Pattern.compile("((?iu:qu[ýí])\\s+)([IVX](?:\\s+[IVX])+)(?![\\p{L}])");
    private static final Pattern SLASHES = Pattern.compile("\\s*/+\\s*");
    private static final Pattern REPEATED_SEPARATORS = Pattern.compile("(\\s*;\\s*)+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[a-z])(?=\\d)|(?<=\\d)(?=[a-z])");
    private static final Pattern GLUED_WORDS = Pattern.compile(
            "(truoc|cham nhat|thuong|dinh|hang|moi|sau|quy)(?=(ngay|thang|nam|xuyen|ky|quy|khi|tet"
                    + "|(?:iv|iii|ii|i)(?![a-z])))");
    private static final Pattern YEU_CAU_TYPO = Pattern.compile("(?iu)(yêu)\\s+câu");

    private PhraseText() {
    }

    /** The phrase with HTML removed (paragraphs and line breaks become "; "), NFC, single spaces, typos fixed. */
    static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (s.indexOf('<') >= 0) {
            s = PARAGRAPH_BREAK.matcher(s).replaceAll("; ");
            s = TAG.matcher(s).replaceAll(" ");
        }
        s = decodeEntities(s);
        s = SPACES.matcher(s).replaceAll(" ").trim();
        if (s.indexOf(';') >= 0) {
            s = REPEATED_SEPARATORS.matcher(s).replaceAll("; ");
            s = stripSeparators(s);
        }
        if (s.indexOf('/') >= 0) {
            s = SLASHES.matcher(s).replaceAll("/");
        }
        if (s.contains("câu")) {
            s = YEU_CAU_TYPO.matcher(s).replaceAll("$1 cầu");
        }
        return joinRomanNumerals(s);
    }

    /**
     * The form every rule matches on: lower case without diacritics ("Quý I/2024" and "Quy I/2024" read alike,
     * issue 18), "đ" as "d", and a space where a conversion glued a word to a number ("Tháng8/2024", "năm2024")
     * or a known word to the next ("Trướcngày"). Phrases are matched as officials read them, whatever accents
     * a keyboard or a converter left.
     */
    static String fold(String cleaned) {
        StringBuilder sb = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
            } else if (c == 'đ' || c == 'Đ') {
                sb.append('d');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                sb.append(Character.toLowerCase(base.charAt(0)));
            }
        }
        String s = LETTER_DIGIT.matcher(sb).replaceAll(" ");
        return GLUED_WORDS.matcher(s).replaceAll("$1 ");
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&#160;", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'");
    }

    private static String stripSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ';' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ';' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String joinRomanNumerals(String s) {
        Matcher m = ROMAN_WITH_SPACES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2).replace(" ", "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
