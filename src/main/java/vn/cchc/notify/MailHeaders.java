package vn.cchc.notify;

import java.util.regex.Pattern;

/** Header values built from user text (names, task titles) lose control characters: no header injection. */
final class MailHeaders {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private MailHeaders() {
    }

    /** One line: CR, LF and other control characters become spaces, runs of spaces collapse. */
    static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return SPACES.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
    }
}
