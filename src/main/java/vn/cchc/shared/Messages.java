package vn.cchc.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing Vietnamese text from {@code messages_vi.properties}: Java code names a key, the sentence lives in the
 * bundle. The application speaks Vietnamese only, so the locale is fixed whatever the browser asks for.
 */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    /** The sentence for {@code key}, with {@code {0}}, {@code {1}}… filled from {@code args}. */
    public String get(String key, Object... args) {
        return source.getMessage(key, args, VIETNAMESE);
    }
}
