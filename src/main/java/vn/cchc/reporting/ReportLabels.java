package vn.cchc.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The Vietnamese texts of the province report documents ({@code templates/reporting/province-report.properties}). */
public final class ReportLabels {

    private static final Properties TEXTS = load();

    private ReportLabels() {
    }

    public static String get(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing report text " + key);
        }
        return args.length == 0 ? pattern.strip() : new MessageFormat(pattern.strip(), Locale.ROOT).format(args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReportLabels.class.getResourceAsStream("/templates/reporting/province-report.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
