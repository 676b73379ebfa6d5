package vn.cchc.importer;

import java.util.regex.Pattern;
import vn.cchc.agency.TextFold;

/** Cleans a cell as converters leave it: HTML fragments, entities, non-breaking spaces, stray whitespace. */
final class CellText {

    /** U+2029 PARAGRAPH SEPARATOR: not whitespace to {@code \\s}, so cleaning keeps it. */
    static final char PARAGRAPH = '\u2029';
    private static final String PARAGRAPH_MARK = String.valueOf(PARAGRAPH);
    private static final Pattern MARKS = Pattern.compile("\\s*\u2029[\\s\u2029]*");
    private static final Pattern EDGE_MARKS = Pattern.compile("^\u2029+|\u2029+$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("(?i)</?(p|span|b|i|u|strong|em|div|br|td|tr|font)[^>]*>");
    private static final Pattern ROMAN = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\b\\.?\\s*(.*)$");
    private static final Pattern LETTER_STT = Pattern.compile("[a-zđ][).]?");
    private static final Pattern STT = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|[a-zđ][).]|[a-zđ])$");

    private CellText() {
    }

    /** A lettered item number under a numbered group: "a", "b)", "đ.". */
    static boolean isLetterStt(String text) {
        return LETTER_STT.matcher(text).matches();
    }

    /**
     * The cell's text, cleaned, with each paragraph boundary (HTML {@code </p><p>} or {@code <br>}, a line break
     * inside a DOCX, XLSX or CSV cell) kept as {@link #PARAGRAPH}, so a wide table's cell listing several activities
     * can be split after reading ({@link ActivitySplit}). {@link #flat} gives the text as one paragraph.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = PARAGRAPH_BREAK.matcher(raw).replaceAll(PARAGRAPH_MARK);
        text = TAG.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("**", "").replace("\r", "").replace("\n", PARAGRAPH_MARK);
        String cleaned = TextFold.clean(text);
        if (cleaned.indexOf(PARAGRAPH) < 0) {
            return cleaned;
        }
        cleaned = MARKS.matcher(cleaned).replaceAll(PARAGRAPH_MARK);
        return TextFold.clean(EDGE_MARKS.matcher(cleaned).replaceAll(""));
    }

    /** The text as one paragraph: paragraph boundaries become spaces, as every reader gave it before. */
    static String flat(String cell) {
        return cell.indexOf(PARAGRAPH) < 0 ? cell : TextFold.clean(cell.replace(PARAGRAPH, ' '));
    }

    /** The paragraphs of a cleaned cell, without empty ones. */
    static java.util.List<String> paragraphs(String cell) {
        return java.util.Arrays.stream(cell.split(PARAGRAPH_MARK)).map(String::trim).filter(p -> !p.isEmpty())
                .toList();
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
