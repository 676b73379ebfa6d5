package vn.cchc.deadline;

import java.text.Normalizer;
import java.util.Locale;
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

    /** Lower-case form used for matching; same length and positions as {@code cleaned} for BMP text. */
    static String fold(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT);
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
