package vn.cchc.importer;

import java.util.regex.Pattern;
import vn.cchc.agency.TextFold;

/** Cleans a cell as converters leave it: HTML fragments, entities, non-breaking spaces, stray whitespace. */
final class CellText {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("(?i)</?(p|span|b|i|u|strong|em|div|br|td|tr|font)[^>]*>");
    private static final Pattern ROMAN = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\b\\.?\\s*(.*)$");
    private static final Pattern STT = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|[a-zđ][).]|[a-zđ])$");

    private CellText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = PARAGRAPH_BREAK.matcher(raw).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("**", "");
        return TextFold.clean(text);
    }

    /** "I", "II." or "VIII" followed by nothing or by a title: the roman numeral, else null. */
    static String romanNumeral(String cell) {
        var m = ROMAN.matcher(cell.trim());
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : null;
    }

    /** The title after a roman numeral ("II. CẢI CÁCH THỂ CHẾ" gives "CẢI CÁCH THỂ CHẾ"). */
    static String afterRoman(String cell) {
        var m = ROMAN.matcher(cell.trim());
        return m.matches() ? m.group(2).trim() : cell.trim();
    }

    static boolean isStt(String cell) {
        return STT.matcher(cell.trim().toLowerCase()).matches();
    }

    /** Mostly upper-case letters: a section title ("CẢI CÁCH THỂ CHẾ"), not a task sentence. */
    static boolean isTitle(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 4 && upper >= letters * 0.8;
    }
}
