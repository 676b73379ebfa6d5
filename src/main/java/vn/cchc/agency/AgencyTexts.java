package vn.cchc.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The {@code agency.*} sentences of {@code messages_vi.properties}, read without Spring: the resolver runs in the
 * command-line tools too, where no MessageSource exists. The same bundle and keys as {@code shared.Messages}.
 */
final class AgencyTexts {

    private static final Properties TEXTS = load();

    private AgencyTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing message " + key);
        }
        return new MessageFormat(pattern.strip(), Locale.ROOT).format(args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AgencyTexts.class.getResourceAsStream("/messages_vi.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
