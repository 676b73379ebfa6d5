package vn.cchc.shared;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The message bundle for code that runs without a Spring context (the command line, the directory and appendix
 * readers): the same {@code messages_vi.properties} and the same rule as {@link Messages} — a key without arguments is
 * returned as written, with arguments it is a {@link MessageFormat} pattern (a literal apostrophe is written twice).
 */
public final class Texts {

    private Texts() {
    }

    /** The sentence for {@code key}, with {@code {0}}, {@code {1}}… filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("messages", Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.VIETNAMESE).format(args);
    }
}
