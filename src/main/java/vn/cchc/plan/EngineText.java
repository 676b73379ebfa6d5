package vn.cchc.plan;

/**
 * The engine keeps a string process variable in at most 4,000 characters. Text the forms show (summaries, histories,
 * statistics) stays below that: {@link #fit} cuts it at a line end and says so.
 */
public final class EngineText {

    /** The longest text we store in one string variable, with a margin below the engine's 4,000. */
    public static final int MAX_LENGTH = 3900;

    private EngineText() {
    }

    /** The text itself when it fits, else its leading whole lines followed by {@code note}. */
    public static String fit(String text, String note) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        String cut = text.substring(0, MAX_LENGTH - note.length());
        return cut.substring(0, Math.max(cut.lastIndexOf('\n'), 0)) + note;
    }
}
