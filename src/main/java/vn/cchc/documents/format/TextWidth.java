package vn.cchc.documents.format;

/**
 * How wide a text prints in Times New Roman, estimated per character (in thousandths of an em, the font's own
 * advance widths rounded up), so column widths can be fitted to content without the font installed on the server.
 * Vietnamese letters take the width of their base letter: the diacritics sit above or below it.
 */
public final class TextWidth {

    private TextWidth() {
    }

    /** Width in points of {@code text} at {@code size} points; bold is about 6 % wider. */
    public static double points(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em / 1000.0 * size * (bold ? 1.06 : 1.0);
    }

    /** The longest word's width: a column narrower than this breaks that word. */
    public static double longestWord(String text, double size, boolean bold) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, points(word, size, bold));
        }
        return widest;
    }

    private static int advance(char c) {
        char base = base(c);
        if (base == ' ') {
            return 250;
        }
        if (Character.isDigit(base)) {
            return 500;
        }
        if ("ilj".indexOf(base) >= 0) {
            return 280;
        }
        if ("ftr".indexOf(base) >= 0) {
            return 340;
        }
        if ("mw".indexOf(base) >= 0) {
            return 780;
        }
        if ("MW".indexOf(base) >= 0) {
            return 950;
        }
        if ("IJ".indexOf(base) >= 0) {
            return 390;
        }
        if (Character.isUpperCase(base)) {
            return 730;
        }
        if (Character.isLowerCase(base)) {
            return 510;
        }
        if (".,;:'!|".indexOf(base) >= 0) {
            return 280;
        }
        if ("()[]-/".indexOf(base) >= 0) {
            return 340;
        }
        return 600;
    }

    /** The letter without its Vietnamese diacritics (đ → d), by Unicode decomposition. */
    private static char base(char c) {
        if (c < 128) {
            return c;
        }
        if (c == 'đ') {
            return 'd';
        }
        if (c == 'Đ') {
            return 'D';
        }
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return d.isEmpty() ? c : d.charAt(0);
    }
}
