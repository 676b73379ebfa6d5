package vn.cchc.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The importer's sentences from {@code messages_vi.properties} for code that runs without Spring (the readers are
 * used by the command line too). Same bundle, locale and formatting as {@code vn.cchc.shared.Messages}:
 * {@link MessageFormat} when there are arguments, the text as written when there are none.
 */
final class BundleText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private BundleText() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("messages", VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
