package vn.cchc.agency;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive view of Vietnamese text. {@link #fold(String)} keeps one character per character
 * of the NFC input, so an index found in the folded text is valid in the original.
 */
public final class TextFold {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    /** NFC, then trimmed, with every run of whitespace (non-breaking spaces included) turned into one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return SPACES.matcher(nfc).replaceAll(" ").trim();
    }

    /** Lower case without diacritics; same length as the NFC input ("Đài" becomes "dai"). */
    public static String fold(String nfcText) {
        StringBuilder out = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            out.append(foldChar(nfcText.charAt(i)));
        }
        return out.toString();
    }

    /** {@code fold(clean(text))}: the key used to compare names. */
    public static String key(String text) {
        return fold(clean(text));
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /**
     * A regex matching the folded form of {@code phrase} with flexible spacing around spaces, hyphens, dots and
     * ampersands, anchored on word boundaries.
     */
    public static Pattern phrasePattern(String phrase) {
        String folded = key(phrase);
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                regex.append("\\s+");
            } else if (c == '-' || c == '&' || c == '.' || c == ',') {
                regex.append("\\s*").append(Pattern.quote(String.valueOf(c))).append("\\s*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString().replace("\\s+\\s*", "\\s*").replace("\\s*\\s+", "\\s*"));
    }
}
